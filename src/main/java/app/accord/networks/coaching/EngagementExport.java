package app.accord.networks.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.accord.networks.coaching.EngagementViews.EngagementView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The list of coaching engagements as a table for CSV/XLSX. */
@Component
class EngagementExport {

	private final MessageSource messages;

	EngagementExport(MessageSource messages) {
		this.messages = messages;
	}

	List<List<String>> engagementsTable(List<EngagementView> rows, Locale locale) {
		var table = new ArrayList<List<String>>();
		table.add(List.of(m("networks.export.cdsCode", locale), m("networks.export.lea", locale),
				m("networks.engagement.organization", locale), m("networks.engagement.consultants", locale),
				m("networks.engagement.status", locale), m("networks.engagement.startsOn", locale),
				m("networks.engagement.endsOn", locale), m("networks.engagement.sessionsPlanned", locale),
				m("networks.engagement.sessionsHeld", locale), m("networks.engagement.hours", locale),
				m("networks.engagement.amount", locale)));
		for (var e : rows) {
			table.add(List.of(e.leaCdsCode(), e.leaName(), e.organization() == null ? "" : e.organization().name(),
					String.join("; ", e.consultants().stream().map(c -> c.name()).toList()),
					m(e.status().messageKey(), locale), e.startsOn().toString(), e.endsOn().toString(),
					String.valueOf(e.sessionsPlanned()), String.valueOf(e.sessionsHeld()), String.valueOf(e.hours()),
					e.amountCents() == null ? "" : String.format(Locale.US, "%.2f", e.amountCents() / 100.0)));
		}
		return table;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
