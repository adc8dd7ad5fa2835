package app.accord.surveys.reports;

import java.util.ArrayList;
import java.util.List;

import app.accord.accounts.SignedInUser;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.rules.SurveyPolicy;

import org.springframework.stereotype.Component;

/**
 * The reports a co-lead or network coordinator may open: each administration of a network
 * they coordinate (its roll-up), then each administration including an LEA they co-lead.
 */
@Component
class MyReports {

	private final SurveyPolicy policy;

	private final Administrations administrations;

	MyReports(SurveyPolicy policy, Administrations administrations) {
		this.policy = policy;
		this.administrations = administrations;
	}

	/** A report the person may read: one LEA's, or (lea null) a network's roll-up. */
	record MyReport(String lea, String network, Administrations.Row administration) {
	}

	/** What the person's page lists. */
	record Mine(List<String> leas, boolean coordinator, List<MyReport> reports) {
	}

	Mine of(SignedInUser user) {
		var leas = policy.coLeadLeas(user);
		var networks = policy.coordinatedNetworks(user);
		var rows = new ArrayList<MyReport>();
		for (var network : networks) {
			administrations.ofNetworks(List.of(network.id()))
				.forEach(row -> rows.add(new MyReport(null, network.name(), row)));
		}
		for (var lea : leas) {
			administrations.including(List.of(lea)).forEach(row -> rows.add(new MyReport(lea, null, row)));
		}
		return new Mine(leas, !networks.isEmpty(), rows);
	}

}
