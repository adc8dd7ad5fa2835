package app.accord.surveys.rules;

import java.util.List;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.networks.NetworkSummary;
import app.accord.networks.Networks;
import app.accord.teams.Teams;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who reads which survey results. Staff read everything; a
 * co-lead of an LEA's active team reads that LEA's report of an administration that
 * includes it; a network's coordinator reads every report of an administration fielded to
 * their network. Anyone else, including someone guessing ids, is refused the same way
 * whether the administration exists or not. Services refer to it in
 * {@code @PreAuthorize("@surveyPolicy...")}.
 */
@Component("surveyPolicy")
public class SurveyPolicy {

	private final Teams teams;

	private final JdbcTemplate jdbc;

	private final Networks networks;

	SurveyPolicy(Teams teams, JdbcTemplate jdbc, Networks networks) {
		this.networks = networks;
		this.teams = teams;
		this.jdbc = jdbc;
	}

	public boolean isStaff(Object principal) {
		return SignedInUser.staff(principal);
	}

	@Transactional(readOnly = true)
	public boolean canReadReport(Object principal, long administrationId, String lea) {
		return SignedInUser.of(principal).map(user -> {
			if (user.isStaff()) {
				return true;
			}
			if (coordinatesNetworkOf(user, administrationId)) {
				return lea == null || includes(administrationId, lea);
			}
			return lea != null && isCoLeadOf(user, lea) && includes(administrationId, lea);
		}).orElse(false);
	}

	private boolean includes(long administrationId, String lea) {
		return jdbc.queryForObject(
				"select count(*) from survey_administration_lea where administration_id = ? and lea_cds_code = ?",
				Integer.class, administrationId, lea) > 0;
	}

	/** LEAs whose results the person may read as a co-lead. */
	@Transactional(readOnly = true)
	public List<String> coLeadLeas(SignedInUser user) {
		return teams.teamsOf(user.personId())
			.stream()
			.filter(team -> teams.isCoLead(user.personId(), team.id()))
			.map(team -> team.leaCdsCode())
			.distinct()
			.toList();
	}

	/** Networks whose administrations the person may read as their coordinator. */
	@Transactional(readOnly = true)
	public List<NetworkSummary> coordinatedNetworks(SignedInUser user) {
		return user.role() == Role.COORDINATOR ? networks.coordinatedBy(user.personId()) : List.of();
	}

	/**
	 * A network's coordinator reads every report of an administration fielded to their
	 * network.
	 */
	private boolean coordinatesNetworkOf(SignedInUser user, long administrationId) {
		if (user.role() != Role.COORDINATOR) {
			return false;
		}
		var network = jdbc.query("select network_id from survey_administration where id = ?",
				(rs, n) -> rs.getObject(1, Long.class), administrationId);
		return !network.isEmpty() && network.get(0) != null && networks.isCoordinator(user.personId(), network.get(0));
	}

	private boolean isCoLeadOf(SignedInUser user, String lea) {
		return teams.findActiveTeamOf(lea).map(team -> teams.isCoLead(user.personId(), team.id())).orElse(false);
	}

}
