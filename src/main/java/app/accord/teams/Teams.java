package app.accord.teams;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

	/** The active teams of those of the LEAs that have one, by CDS code. */
	Map<String, TeamSummary> activeTeamsOf(Collection<String> cdsCodes);

	/** Every active team, by LEA name. */
	List<TeamSummary> activeTeams();

	/** Active teams the person is a current member of (usually one). */
	List<TeamSummary> teamsOf(PersonId person);

	boolean isMember(PersonId person, TeamId team);

	boolean isCoLead(PersonId person, TeamId team);

	/** Whether the team's meeting log meets the configured rule on that day. */
	boolean meetingRegularly(TeamId team, LocalDate asOf);

	Composition composition(TeamId team);

	/**
	 * Composition of the roster on that day (members who had joined and not yet left).
	 */
	Composition composition(TeamId team, LocalDate asOf);

	/** The team's last learning-team meeting on or before that day. */
	Optional<LocalDate> lastMeeting(TeamId team, LocalDate asOf);

	/**
	 * The stages of the team's latest self-assessment made on or before that day, one per
	 * practice in the order of {@link #practices()}; empty when it had made none.
	 */
	List<PracticeStage> latestPracticeStages(TeamId team, LocalDate asOf);

	/**
	 * Where each of the teams stood on that day, in a few queries whatever their number;
	 * the same answers as {@link #composition(TeamId, LocalDate)},
	 * {@link #meetingRegularly}, {@link #lastMeeting} and {@link #latestPracticeStages}.
	 * Teams that do not exist are left out.
	 */
	Map<TeamId, TeamStanding> standings(Collection<TeamId> teams, LocalDate asOf);

	/** The seven practices' constants, in their order. */
	List<String> practices();

	/** The stages' constants from not started to established. */
	List<String> stages();

	/** The current roster. */
	List<TeamMember> currentMembers(TeamId team);

	Optional<ParticipationNeeds> participationNeeds(PersonId person);

}
