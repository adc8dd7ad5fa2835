package app.accord.teams.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.teams.Composition;
import app.accord.teams.TeamId;
import app.accord.teams.TeamSummary;
import app.accord.teams.meetings.MeetingRepository;
import app.accord.teams.meetings.MeetingRules;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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
		var rows = policy.isStaff(user) ? everyActiveRow(filter)
				: rows(teams.findActiveTeamsOfPerson(user.personId().value()));
		return rows.stream().filter(filter::accepts).toList();
	}

	/**
	 * One page of {@link #visibleTo}. For staff without the composition or meeting
	 * filter, only the page's teams are read (a page query and two queries of those
	 * teams); those two filters need every team's row, which is then built and a page of
	 * it taken.
	 */
	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	public Page<TeamListRow> pageVisibleTo(SignedInUser user, TeamFilter filter, Pageable pageable) {
		if (policy.isStaff(user) && filter.complete() == null && filter.meetingRegularly() == null) {
			var page = teams.pageActiveRows(region(filter), county(filter), pageable);
			var ids = page.getContent().stream().map(TeamRepository.ActiveTeam::id).toList();
			if (ids.isEmpty()) {
				return new PageImpl<>(List.of(), pageable, page.getTotalElements());
			}
			var window = meetingWindow();
			return new PageImpl<>(
					rows(page.getContent(), teams.findCurrentSeatsOf(ids),
							teams.findMeetingCountsOf(ids, window.from(), window.to())),
					pageable, page.getTotalElements());
		}
		var rows = visibleTo(user, filter);
		var from = (int) Math.min(pageable.getOffset(), rows.size());
		return new PageImpl<>(rows.subList(from, (int) Math.min(from + (long) pageable.getPageSize(), rows.size())),
				pageable, rows.size());
	}

	/**
	 * The rows of every active team in the filter's region and county, from three
	 * set-based queries whatever the number of teams; no team is loaded as an entity.
	 */
	private List<TeamListRow> everyActiveRow(TeamFilter filter) {
		var region = region(filter);
		var county = county(filter);
		var window = meetingWindow();
		return rows(teams.findActiveRows(region, county), teams.findCurrentSeats(region, county),
				teams.findMeetingCounts(region, county, window.from(), window.to()));
	}

	private static String region(TeamFilter filter) {
		return filter.region() == null ? null : filter.region().slug();
	}

	private static String county(TeamFilter filter) {
		return filter.county() == null || filter.county().isBlank() ? null : filter.county().trim();
	}

	/** The days the meeting rule looks back over, today included. */
	private record Window(LocalDate from, LocalDate to) {
	}

	private Window meetingWindow() {
		var today = LocalDate.now(clock);
		return new Window(today.minusDays(rules.current().windowDays() - 1L), today);
	}

	/** The rows of these teams, from their current seats and meeting counts. */
	private List<TeamListRow> rows(List<TeamRepository.ActiveTeam> active, List<TeamRepository.CurrentSeat> allSeats,
			List<Object[]> meetingCounts) {
		var rule = rules.current();
		Map<Long, List<TeamRepository.CurrentSeat>> seats = new HashMap<>();
		for (var seat : allSeats) {
			seats.computeIfAbsent(seat.teamId(), id -> new ArrayList<>()).add(seat);
		}
		Map<Long, Long> recent = new HashMap<>();
		Map<Long, LocalDate> last = new HashMap<>();
		for (var row : meetingCounts) {
			var id = ((Number) row[0]).longValue();
			recent.put(id, ((Number) row[1]).longValue());
			last.put(id, (LocalDate) row[2]);
		}
		return active.stream().map(team -> {
			var current = seats.getOrDefault(team.id(), List.of());
			return new TeamListRow(team.id(),
					new TeamSummary(new TeamId(team.id()), team.leaCdsCode(), team.leaName(), team.name(), true)
						.displayName(),
					team.name(), team.leaCdsCode(), team.leaName(), team.county(),
					Region.parse(team.region()).orElse(null),
					Composition.of(current.stream().map(s -> new Composition.Seat(s.role(), s.side())).toList()),
					recent.getOrDefault(team.id(), 0L) >= rule.minMeetings(), last.get(team.id()),
					current.stream()
						.filter(TeamRepository.CurrentSeat::coLead)
						.map(TeamRepository.CurrentSeat::name)
						.toList());
		}).toList();
	}

	/** The active teams the person is a current member of, staff included. */
	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	List<TeamListRow> memberOf(SignedInUser user) {
		return rows(teams.findActiveTeamsOfPerson(user.personId().value()));
	}

	private List<TeamListRow> rows(List<Team> all) {
		if (all.isEmpty()) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		var rule = rules.current();
		var ids = all.stream().map(Team::getId).toList();
		Map<Long, List<LocalDate>> recent = new HashMap<>();
		for (var row : meetings.findDatesSince(ids, today.minusDays(rule.windowDays()))) {
			recent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((LocalDate) row[1]);
		}
		Map<Long, LocalDate> last = new HashMap<>();
		for (var row : meetings.findLastMeetingDates(ids)) {
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
