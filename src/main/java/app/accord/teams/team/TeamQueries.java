package app.accord.teams.team;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.accord.accounts.PersonId;
import app.accord.shared.NotFoundException;
import app.accord.teams.Composition;
import app.accord.teams.ParticipationNeeds;
import app.accord.teams.PracticeStage;
import app.accord.teams.TeamId;
import app.accord.teams.TeamMember;
import app.accord.teams.TeamStanding;
import app.accord.teams.TeamSummary;
import app.accord.teams.Teams;
import app.accord.teams.assessment.Assessment;
import app.accord.teams.assessment.AssessmentRepository;
import app.accord.teams.assessment.Practice;
import app.accord.teams.assessment.Stage;
import app.accord.teams.meetings.Meeting;
import app.accord.teams.meetings.MeetingRepository;
import app.accord.teams.meetings.MeetingRules;
import app.accord.teams.profile.MemberProfile;
import app.accord.teams.profile.MemberProfileRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams as other modules see them. */
@Service
@Transactional(readOnly = true)
class TeamQueries implements Teams {

	private final TeamRepository teams;

	private final MembershipRepository memberships;

	private final MeetingRepository meetings;

	private final MemberProfileRepository profiles;

	private final MeetingRules rules;

	private final AssessmentRepository assessments;

	TeamQueries(TeamRepository teams, MembershipRepository memberships, MeetingRepository meetings,
			MemberProfileRepository profiles, MeetingRules rules, AssessmentRepository assessments) {
		this.assessments = assessments;
		this.teams = teams;
		this.memberships = memberships;
		this.meetings = meetings;
		this.profiles = profiles;
		this.rules = rules;
	}

	@Override
	public Optional<TeamSummary> find(TeamId id) {
		return teams.findById(id.value()).map(Team::summary);
	}

	@Override
	public Optional<TeamSummary> findActiveTeamOf(String cdsCode) {
		return cdsCode == null ? Optional.empty() : teams.findByActiveLeaCdsCode(cdsCode.trim()).map(Team::summary);
	}

	@Override
	public Map<String, TeamSummary> activeTeamsOf(Collection<String> cdsCodes) {
		var codes = cdsCodes.stream().filter(c -> c != null).map(String::trim).distinct().toList();
		var found = new HashMap<String, TeamSummary>();
		if (!codes.isEmpty()) {
			teams.findByActiveLeaCdsCodeIn(codes).forEach(t -> found.put(t.getLeaCdsCode(), t.summary()));
		}
		return found;
	}

	@Override
	public List<TeamSummary> activeTeams() {
		return teams.findActive().stream().map(Team::summary).toList();
	}

	@Override
	public List<TeamSummary> teamsOf(PersonId person) {
		return teams.findActiveTeamsOfPerson(person.value()).stream().map(Team::summary).toList();
	}

	@Override
	public boolean isMember(PersonId person, TeamId team) {
		return memberships.isCurrentMember(team.value(), person.value());
	}

	@Override
	public boolean isCoLead(PersonId person, TeamId team) {
		return memberships.isCurrentCoLead(team.value(), person.value());
	}

	@Override
	public boolean meetingRegularly(TeamId team, LocalDate asOf) {
		var dates = meetings.findByTeamIdOrderByHeldOnDescIdDesc(team.value())
			.stream()
			.map(Meeting::getHeldOn)
			.toList();
		return rules.current().isMetBy(dates, asOf);
	}

	@Override
	public Map<TeamId, TeamStanding> standings(Collection<TeamId> ids, LocalDate asOf) {
		var values = ids.stream().map(TeamId::value).distinct().toList();
		var standings = new HashMap<TeamId, TeamStanding>();
		if (values.isEmpty()) {
			return standings;
		}
		var datesByTeam = meetings.findByTeamIdInOrderByTeamIdAscHeldOnDescIdDesc(values)
			.stream()
			.collect(Collectors.groupingBy(Meeting::getTeamId,
					Collectors.mapping(Meeting::getHeldOn, Collectors.toList())));
		var assessmentsByTeam = assessments.findByTeamIdInOrderByTeamIdAscAssessedOnAscIdAsc(values)
			.stream()
			.collect(Collectors.groupingBy(Assessment::getTeamId));
		var rule = rules.current();
		for (var team : teams.findAllById(values)) {
			var dates = datesByTeam.getOrDefault(team.getId(), List.of());
			var composition = Composition
				.of(team.rosterOn(asOf).stream().map(m -> new Composition.Seat(m.getRole(), m.getSide())).toList());
			var last = dates.stream().filter(day -> !day.isAfter(asOf)).findFirst().orElse(null);
			standings.put(new TeamId(team.getId()), new TeamStanding(composition, rule.isMetBy(dates, asOf), last,
					stagesOf(assessmentsByTeam.getOrDefault(team.getId(), List.of()), asOf)));
		}
		return standings;
	}

	@Override
	public Composition composition(TeamId team) {
		return team(team).composition();
	}

	@Override
	public Composition composition(TeamId team, LocalDate asOf) {
		return Composition
			.of(team(team).rosterOn(asOf).stream().map(m -> new Composition.Seat(m.getRole(), m.getSide())).toList());
	}

	@Override
	public Optional<LocalDate> lastMeeting(TeamId team, LocalDate asOf) {
		return meetings.findByTeamIdOrderByHeldOnDescIdDesc(team.value())
			.stream()
			.map(Meeting::getHeldOn)
			.filter(day -> !day.isAfter(asOf))
			.findFirst();
	}

	@Override
	public List<PracticeStage> latestPracticeStages(TeamId team, LocalDate asOf) {
		return stagesOf(assessments.findByTeamIdOrderByAssessedOnAscIdAsc(team.value()), asOf);
	}

	/**
	 * The stages of the latest of the assessments (oldest first) made on or before that
	 * day.
	 */
	private static List<PracticeStage> stagesOf(List<Assessment> oldestFirst, LocalDate asOf) {
		var latest = oldestFirst.stream()
			.filter(a -> !a.getAssessedOn().isAfter(asOf))
			.reduce((first, second) -> second);
		if (latest.isEmpty()) {
			return List.of();
		}
		return latest.get()
			.getRatings()
			.stream()
			.map(r -> new PracticeStage(r.getPractice().name(), r.getStage().name(), r.getStage().level(),
					latest.get().getAssessedOn()))
			.toList();
	}

	@Override
	public List<String> practices() {
		return java.util.Arrays.stream(Practice.values()).map(Enum::name).toList();
	}

	@Override
	public List<String> stages() {
		return java.util.Arrays.stream(Stage.values()).map(Enum::name).toList();
	}

	@Override
	public List<TeamMember> currentMembers(TeamId team) {
		return team(team).current()
			.stream()
			.map(m -> new TeamMember(m.getId(), m.getPersonId(), m.getName(), m.getRole(), m.getSide(), m.isCoLead()))
			.toList();
	}

	@Override
	public Optional<ParticipationNeeds> participationNeeds(PersonId person) {
		return profiles.findById(person.value()).map(MemberProfile::needs);
	}

	private Team team(TeamId id) {
		return teams.findById(id.value()).orElseThrow(() -> new NotFoundException("No team " + id.value()));
	}

}
