package app.accord.teams.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import app.accord.shared.NotFoundException;
import app.accord.teams.Participation;
import app.accord.teams.TeamId;
import app.accord.teams.TeamParticipation;
import app.accord.teams.assessment.Assessment;
import app.accord.teams.assessment.AssessmentRepository;
import app.accord.teams.assessment.Practice;
import app.accord.teams.assessment.Stage;
import app.accord.teams.meetings.Meeting;
import app.accord.teams.meetings.MeetingRepository;
import app.accord.teams.meetings.MeetingRules;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a reader allowed to see a team is shown of it, by page or API. */
@Service
public class TeamPages {

	private final TeamRepository teams;

	private final MeetingRepository meetings;

	private final AssessmentRepository assessments;

	private final MeetingRules rules;

	private final TeamPolicy policy;

	private final Clock clock;

	private final List<TeamParticipation> participation;

	TeamPages(TeamRepository teams, MeetingRepository meetings, AssessmentRepository assessments, MeetingRules rules,
			TeamPolicy policy, Clock clock, List<TeamParticipation> participation) {
		this.teams = teams;
		this.meetings = meetings;
		this.assessments = assessments;
		this.rules = rules;
		this.policy = policy;
		this.clock = clock;
		this.participation = participation;
	}

	/**
	 * The team with its roster as of the given day (today when {@code null}).
	 */
	@PreAuthorize("@teamPolicy.canRead(principal, #teamId)")
	@Transactional(readOnly = true)
	public TeamView view(long teamId, LocalDate asOf, Object principal) {
		var team = teams.findById(teamId).orElseThrow(() -> new NotFoundException("No team " + teamId));
		var today = LocalDate.now(clock);
		var day = asOf == null ? today : asOf;
		var log = meetings.findByTeamIdOrderByHeldOnDescIdDesc(teamId);
		var rule = rules.current();
		var status = new TeamView.MeetingStatus(rule.isMetBy(log.stream().map(Meeting::getHeldOn).toList(), today),
				log.isEmpty() ? null : log.get(0).getHeldOn(), rule.minMeetings(), rule.windowDays());
		var assessed = assessments.findByTeamIdOrderByAssessedOnAscIdAsc(teamId);
		return new TeamView(team.getId(), team.displayName(), team.getName(), team.getLeaCdsCode(), team.getLeaName(),
				team.getCounty(), team.isActive(), day, day.equals(today),
				team.rosterOn(day).stream().map(TeamView.MemberRow::of).toList(),
				team.history().stream().map(TeamView.MemberRow::of).toList(), team.composition(), status,
				log.stream().map(TeamView.MeetingRow::of).toList(), newestFirst(assessed), progress(assessed),
				participation(team.getId()), policy.canManage(principal, teamId), policy.isStaff(principal));
	}

	/** The team for a page that changes it: only its co-leads and staff may open one. */
	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	@Transactional(readOnly = true)
	public TeamView viewForManager(long teamId, Object principal) {
		return view(teamId, null, principal);
	}

	/** Everything the other modules know the team took part in, newest first. */
	private List<Participation> participation(long teamId) {
		return participation.stream()
			.flatMap(source -> source.of(new TeamId(teamId)).stream())
			.sorted(Comparator.comparing(Participation::on).reversed())
			.toList();
	}

	private static List<TeamView.AssessmentRow> newestFirst(List<Assessment> oldestFirst) {
		var rows = new ArrayList<>(oldestFirst.stream().map(TeamView.AssessmentRow::of).toList());
		Collections.reverse(rows);
		return rows;
	}

	static List<TeamView.PracticeProgress> progress(List<Assessment> oldestFirst) {
		var recent = oldestFirst.subList(Math.max(0, oldestFirst.size() - TeamView.PracticeProgress.MAX_BARS),
				oldestFirst.size());
		var progress = new ArrayList<TeamView.PracticeProgress>();
		for (var practice : Practice.values()) {
			var bars = new ArrayList<TeamView.Bar>();
			Stage latest = null;
			for (var assessment : recent) {
				var rating = assessment.ratingOf(practice);
				if (rating.isPresent()) {
					latest = rating.get().getStage();
					bars.add(TeamView.Bar.at(bars.size(), assessment.getAssessedOn(), latest));
				}
			}
			progress.add(new TeamView.PracticeProgress(practice, latest, bars));
		}
		return progress;
	}

}
