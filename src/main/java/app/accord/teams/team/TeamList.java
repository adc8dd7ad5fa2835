package app.accord.teams.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.teams.meetings.MeetingRepository;
import app.accord.teams.meetings.MeetingRules;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of active teams with their composition and meeting status: every team for staff,
 * only their own for anyone else.
 */
@Service
public class TeamList {

	private final TeamRepository teams;

	private final MeetingRepository meetings;

	private final MeetingRules rules;

	private final Clock clock;

	private final TeamPolicy policy;

	TeamList(TeamRepository teams, MeetingRepository meetings, MeetingRules rules, Clock clock, TeamPolicy policy) {
		this.policy = policy;
		this.teams = teams;
		this.meetings = meetings;
		this.rules = rules;
		this.clock = clock;
	}

	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	public List<TeamListRow> visibleTo(SignedInUser user, TeamFilter filter) {
		Stream<Team> visible = policy.isStaff(user) ? teams.findActiveWithMemberships().stream()
				: teams.findActiveTeamsOfPerson(user.personId().value()).stream();
		return rows(visible.toList()).stream().filter(filter::accepts).toList();
	}

	/** The active teams the person is a current member of, staff included. */
	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	List<TeamListRow> memberOf(SignedInUser user) {
		return rows(teams.findActiveTeamsOfPerson(user.personId().value()));
	}

	private List<TeamListRow> rows(List<Team> all) {
		var today = LocalDate.now(clock);
		var rule = rules.current();
		Map<Long, List<LocalDate>> recent = new HashMap<>();
		for (var row : meetings.findDatesSince(today.minusDays(rule.windowDays()))) {
			recent.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((LocalDate) row[1]);
		}
		Map<Long, LocalDate> last = new HashMap<>();
		for (var row : meetings.findLastMeetingDates()) {
			last.put((Long) row[0], (LocalDate) row[1]);
		}
		return all.stream()
			.map(team -> new TeamListRow(team.getId(), team.displayName(), team.getName(), team.getLeaCdsCode(),
					team.getLeaName(), team.getCounty(), Region.parse(team.getRegion()).orElse(null),
					team.composition(), rule.isMetBy(recent.getOrDefault(team.getId(), List.of()), today),
					last.get(team.getId()), team.coLeads().stream().map(Membership::getName).toList()))
			.toList();
	}

}
