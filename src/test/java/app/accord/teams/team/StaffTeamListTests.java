package app.accord.teams.team;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.meetings.MeetingRules;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff list of teams is built from set-based queries: its rows are those the teams'
 * own entities give, for every filter, and the number of statements does not grow with
 * the number of teams.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffTeamListTests {

	@Autowired
	TeamList list;

	@Autowired
	TeamTestData data;

	@Autowired
	TeamRepository teams;

	@Autowired
	Directory directory;

	@Autowired
	MeetingRules rules;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyFilterGivesTheRowsTheTeamsThemselvesGive() {
		var today = LocalDate.now(clock);
		var complete = saveTeam(TeamMother.team().minimumTeam());
		meeting(complete, today);
		meeting(complete, today.minusDays(10));
		meeting(complete, today.minusDays(400));
		var coLed = saveTeam(TeamMother.team()
			.with(MemberRole.SUPERINTENDENT, Side.MANAGEMENT)
			.withCoLead(data.person("Lead One").personId(), TeamTestData.freshEmail("one"),
					MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR)
			.withCoLead(data.person("Lead Two").personId(), TeamTestData.freshEmail("two"), MemberRole.BOARD_MEMBER,
					Side.MANAGEMENT));
		meeting(coLed, today.minusDays(rules.current().windowDays() - 1L));
		meeting(coLed, today.minusDays(rules.current().windowDays()));
		var withLeaver = saveTeam(TeamMother.team().minimumTeam());
		transactions.executeWithoutResult(
				status -> teams.findById(withLeaver).orElseThrow().current().get(0).leave(TeamMother.TODAY));
		var closed = saveTeam(TeamMother.team().minimumTeam());
		meeting(closed, today);
		jdbc.update("update team set active_lea_cds_code = null where id = ?", closed);
		var staff = signIn(data.staff());
		var someTeam = teams.findById(coLed).orElseThrow();
		var region = Region.parse(someTeam.getRegion()).orElseThrow();

		for (var filter : List.of(TeamFilter.ANY, new TeamFilter(region, null, null, null),
				new TeamFilter(null, someTeam.getCounty().toUpperCase() + " ", null, null),
				new TeamFilter(null, null, true, null), new TeamFilter(null, null, false, true),
				new TeamFilter(region, someTeam.getCounty(), null, false))) {
			assertThat(list.visibleTo(staff, filter)).as(filter.toString()).isEqualTo(fromEntities(filter));
		}
		assertThat(list.visibleTo(staff, TeamFilter.ANY)).extracting(TeamListRow::id)
			.contains(complete, coLed, withLeaver)
			.doesNotContain(closed);
		var row = list.visibleTo(staff, TeamFilter.ANY).stream().filter(r -> r.id() == coLed).findFirst().orElseThrow();
		assertThat(row.coLeads()).hasSize(2);
		assertThat(row.meetingRegularly()).isFalse();
	}

	@Test
	void theNumberOfStatementsDoesNotGrowWithTheNumberOfTeams() {
		var staff = signIn(data.staff());
		saveTeam(TeamMother.team().minimumTeam());
		var before = statements(() -> list.visibleTo(staff, TeamFilter.ANY));
		for (int i = 0; i < 5; i++) {
			var id = saveTeam(TeamMother.team().minimumTeam());
			meeting(id, LocalDate.now(clock));
		}
		var after = statements(() -> list.visibleTo(staff, TeamFilter.ANY));
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(5);
	}

	private long statements(Supplier<List<TeamListRow>> call) {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(call.get()).isNotEmpty();
		return statistics.getPrepareStatementCount();
	}

	/** The rows as the entities compute them: composition, co-leads and meeting dates. */
	private List<TeamListRow> fromEntities(TeamFilter filter) {
		var today = LocalDate.now(clock);
		var rule = rules.current();
		return transactions.execute(status -> {
			var rows = new ArrayList<TeamListRow>();
			for (var team : teams.findActive()) {
				var dates = jdbc.queryForList("select held_on from team_meeting where team_id = ?", LocalDate.class,
						team.getId());
				rows.add(new TeamListRow(team.getId(), team.displayName(), team.getName(), team.getLeaCdsCode(),
						team.getLeaName(), team.getCounty(), Region.parse(team.getRegion()).orElse(null),
						team.composition(), rule.isMetBy(dates, today),
						dates.stream().max(LocalDate::compareTo).orElse(null),
						team.coLeads().stream().map(Membership::getName).toList()));
			}
			return rows.stream().filter(filter::accepts).toList();
		});
	}

	private long saveTeam(TeamMother mother) {
		return data.save(mother.lea(directory.findLea(data.freeLea()).orElseThrow()));
	}

	private void meeting(long team, LocalDate day) {
		jdbc.update("""
				insert into team_meeting (team_id, held_on, labor_attendees, management_attendees, topics,
				  recorded_by, recorded_at) values (?, ?, 1, 1, 'OTHER', 1, current_timestamp)""", team,
				Date.valueOf(day));
	}

	private static SignedInUser signIn(SignedInUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		return user;
	}

}
