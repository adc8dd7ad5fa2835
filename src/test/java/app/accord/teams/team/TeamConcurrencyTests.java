package app.accord.teams.team;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.accord.accounts.SignedInUser;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.roster.Roster;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database, not luck, keeps one active team per LEA and one current membership per
 * person and team; the losers of a race get a clear message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamConcurrencyTests {

	@Autowired
	TeamCreation creation;

	@Autowired
	Roster roster;

	@Autowired
	TeamTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eightPeopleStartingTheSameLeasTeamAtOnceMakeExactlyOneTeam() throws Exception {
		var lea = data.freeLea();
		var founders = new ArrayList<SignedInUser>();
		for (var i = 0; i < 8; i++) {
			founders.add(data.person("Founder " + i));
		}
		var outcomes = race(founders.stream()
			.<Callable<Object>>map(founder -> () -> as(founder,
					() -> creation.create(founder, lea, null,
							new TeamCreation.Founder(null, MemberRole.SUPERINTENDENT, Side.MANAGEMENT, null))))
			.toList());

		assertThat(outcomes).filteredOn(o -> o instanceof app.accord.teams.TeamId).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !(o instanceof app.accord.teams.TeamId))
			.hasSize(7)
			.allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(TeamConflict.class,
					conflict -> assertThat(conflict.messageKey()).isEqualTo("teams.create.alreadyHasTeam")));
		assertThat(jdbc.queryForObject("select count(*) from team where lea_cds_code = ?", Integer.class, lea))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from team_membership m join team t on t.id = m.team_id where t.lea_cds_code = ?",
				Integer.class, lea))
			.as("no half-saved founder memberships")
			.isEqualTo(1);
	}

	@Test
	void twoCoLeadsAddingTheSameNewEmailAtOnceMakeOneMembership() throws Exception {
		var first = data.person("First Lead");
		var second = data.person("Second Lead");
		var team = data.teamLedBy(first);
		data.addMember(team, second, MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR);
		jdbc.update("update team_membership set co_lead = true where team_id = ?", team);
		var email = TeamTestData.freshEmail("contested");

		var tasks = new ArrayList<Callable<Object>>();
		for (var lead : List.of(first, second, first, second)) {
			tasks.add(() -> as(lead, () -> roster.add(team,
					new MemberDetails("Connie Contested", email, null, MemberRole.PRINCIPAL, Side.MANAGEMENT, null),
					null, lead)));
		}
		var outcomes = race(tasks);

		assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !(o instanceof Long))
			.allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(TeamConflict.class,
					conflict -> assertThat(conflict.messageKey()).isEqualTo("teams.member.duplicate")));
		assertThat(jdbc.queryForObject(
				"select count(*) from team_membership where team_id = ? and lower(email) = lower(?) and left_on is null",
				Integer.class, team, email))
			.isEqualTo(1);
	}

	private static Object as(SignedInUser user, Callable<Object> work) throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.call();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Runs the tasks together; each outcome is the result or the exception thrown. */
	private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
		var pool = Executors.newFixedThreadPool(tasks.size());
		try {
			var start = new CountDownLatch(1);
			var futures = new ArrayList<Future<Object>>();
			for (var task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return task.call();
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			var outcomes = new ArrayList<Object>();
			for (var future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
