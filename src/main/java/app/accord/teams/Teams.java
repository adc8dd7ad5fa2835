package app.accord.teams;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.accord.accounts.PersonId;

/**
 * What other modules may ask about teams. Answers are not filtered by the caller's
 * rights: modules that show them apply their own.
 */
public interface Teams {

	Optional<TeamSummary> find(TeamId id);

	/** The LEA's active team, if it has one. */
	Optional<TeamSummary> findActiveTeamOf(String cdsCode);

	/** Every active team, by LEA name. */
	List<TeamSummary> activeTeams();

	/** Active teams the person is a current member of (usually one). */
	List<TeamSummary> teamsOf(PersonId person);

	boolean isMember(PersonId person, TeamId team);

	boolean isCoLead(PersonId person, TeamId team);

	/** Whether the team's meeting log meets the configured rule on that day. */
	boolean meetingRegularly(TeamId team, LocalDate asOf);

	Composition composition(TeamId team);

	/** The current roster. */
	List<TeamMember> currentMembers(TeamId team);

	Optional<ParticipationNeeds> participationNeeds(PersonId person);

}
