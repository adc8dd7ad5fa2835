package app.accord.networks.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.events.ConveningAttendance;
import app.accord.events.ConveningSummary;
import app.accord.events.Convenings;
import app.accord.networks.network.NetworkService;
import app.accord.networks.network.NetworkViews.YearTarget;
import app.accord.teams.Composition;
import app.accord.teams.PracticeStage;
import app.accord.teams.TeamSummary;
import app.accord.teams.Teams;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's dashboard as of any day: its members on that day, each with its team's
 * composition, whether the team met regularly by the teams module's rule on that day, its
 * last meeting, its latest practice stages, and its attendance at the network's
 * convenings held by then.
 */
@Service
public class NetworkDashboards {

	private final NetworkService networks;

	private final Directory directory;

	private final Teams teams;

	private final Convenings convenings;

	private final Clock clock;

	NetworkDashboards(NetworkService networks, Directory directory, Teams teams, Convenings convenings, Clock clock) {
		this.networks = networks;
		this.directory = directory;
		this.teams = teams;
		this.convenings = convenings;
		this.clock = clock;
	}

	/**
	 * One member's line. {@code team} and what depends on it are {@code null} when the
	 * LEA has no team.
	 */
	record MemberLine(String cdsCode, String leaName, String county, LocalDate joinedOn, TeamSummary team,
			Composition composition, boolean meetingRegularly, LocalDate lastMeeting, List<PracticeStage> stages,
			Map<Long, ConveningAttendance> attendance, int conveningsAttended) {

		public boolean hasTeam() {
			return team != null;
		}

		/** The stage constant of that practice, {@code null} when not assessed. */
		public String stageOf(String practice) {
			return stages.stream()
				.filter(s -> s.practice().equals(practice))
				.map(PracticeStage::stage)
				.findFirst()
				.orElse(null);
		}

	}

	/** How many members' latest assessment puts a practice at each stage. */
	record PracticeLine(String practice, List<Integer> byStage, int notAssessed) {
	}

	public record Dashboard(long networkId, String networkName, String hubName, LocalDate asOf, int memberCount,
			int meetingRegularlyCount, List<MemberLine> members, List<String> practices, List<String> stages,
			List<PracticeLine> practiceProgress, List<ConveningSummary> conveningsHeld,
			List<ConveningSummary> conveningsAhead, List<YearTarget> targets) {

		/** Share of members with a team meeting regularly, 0 to 1 (0 with no members). */
		public double share() {
			return memberCount == 0 ? 0 : (double) meetingRegularlyCount / memberCount;
		}

		public int sharePercent() {
			return (int) Math.round(100 * share());
		}

	}

	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional(readOnly = true)
	public Dashboard dashboard(long id, LocalDate asOf) {
		var day = asOf == null ? LocalDate.now(clock) : asOf;
		var network = networks.network(id);
		var linked = networks.linkedConvenings(network).stream().filter(c -> !c.cancelled()).toList();
		var held = linked.stream().filter(c -> !c.startsOn().isAfter(day)).toList();
		var ahead = linked.stream().filter(c -> c.startsOn().isAfter(day)).toList();
		var members = network.membersOn(day);
		var teamByLea = teams.activeTeamsOf(members.stream().map(m -> m.getLeaCdsCode()).toList());
		var standings = teams.standings(teamByLea.values().stream().map(TeamSummary::id).toList(), day);
		var attendance = convenings.attendance(linked.stream().map(ConveningSummary::id).toList(),
				teamByLea.values().stream().map(TeamSummary::id).toList());
		var leas = directory.findLeas(members.stream().map(m -> m.getLeaCdsCode()).toList());
		var lines = new ArrayList<MemberLine>();
		for (var member : members) {
			var lea = Optional.ofNullable(leas.get(member.getLeaCdsCode()));
			var name = lea.map(LeaSummary::name).orElse(member.getLeaCdsCode());
			var county = lea.map(LeaSummary::county).orElse(null);
			var team = teamByLea.get(member.getLeaCdsCode());
			if (team == null) {
				lines.add(new MemberLine(member.getLeaCdsCode(), name, county, member.getJoinedOn(), null, null, false,
						null, List.of(), Map.of(), 0));
				continue;
			}
			var byEvent = new HashMap<Long, ConveningAttendance>();
			attendance.stream().filter(a -> a.team().equals(team.id())).forEach(a -> byEvent.put(a.event().value(), a));
			var attended = (int) held.stream()
				.filter(c -> byEvent.containsKey(c.id().value()) && byEvent.get(c.id().value()).checkedIn() > 0)
				.count();
			var standing = standings.get(team.id());
			lines.add(new MemberLine(member.getLeaCdsCode(), name, county, member.getJoinedOn(), team,
					standing.composition(), standing.meetingRegularly(), standing.lastMeeting(), standing.stages(),
					byEvent, attended));
		}
		lines.sort(Comparator.comparing(MemberLine::leaName));
		var practices = teams.practices();
		var stages = teams.stages();
		var progress = practices.stream().map(practice -> {
			var counts = new ArrayList<Integer>();
			for (var stage : stages) {
				counts.add((int) lines.stream().filter(l -> stage.equals(l.stageOf(practice))).count());
			}
			var notAssessed = (int) lines.stream().filter(l -> l.stageOf(practice) == null).count();
			return new PracticeLine(practice, counts, notAssessed);
		}).toList();
		var regular = (int) lines.stream().filter(MemberLine::meetingRegularly).count();
		var hubName = directory.findLea(network.getHubCdsCode()).map(LeaSummary::name).orElse(network.getHubCdsCode());
		return new Dashboard(id, network.getName(), hubName, day, lines.size(), regular, lines, practices, stages,
				progress, held, ahead, networks.targets(network, linked, day));
	}

}
