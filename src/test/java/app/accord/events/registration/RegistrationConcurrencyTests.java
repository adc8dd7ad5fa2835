package app.accord.events.registration;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.accord.accounts.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event's row lock, not luck, keeps capacity: a rush of registrations from many
 * threads fills exactly the seats there are, the rest wait in arrival order, double
 * submissions make one registration, and cancellations racing registrations promote each
 * waiting team once.
 */
@SpringBootTest
@AutoConfigureMockMvc
public class RegistrationConcurrencyTests {

	@Autowired
	Registrations registrations;

	@Autowired
	EventTestData data;

	@Autowired
	JdbcTemplate jdbc;

	record Team(SignedInUser lead, long id) {
	}

	private List<Team> teams(int count) {
		var teams = new ArrayList<Team>();
		for (var i = 0; i < count; i++) {
			var lead = data.person("Rush Lead " + i);
			teams.add(new Team(lead, data.teamLedBy(lead)));
		}
		return teams;
	}

	@Test
	void aRushOfTeamsFillsExactlyTheCapacityAndTheRestWaitInArrivalOrder() throws Exception {
		var capacity = 120;
		var event = data.save(EventMother.event().capacity(capacity));
		var teams = teams(60);
		var tasks = new ArrayList<Callable<Object>>();
		for (var team : teams) {
			// Every team submits twice with the same key, as a double click or a client
			// retry would.
			for (var attempt = 0; attempt < 2; attempt++) {
				tasks.add(() -> as(team.lead(), () -> registrations.registerTeam(event, team.id(), 4, List.of(),
						team.lead(), "team-" + team.id())));
			}
		}
		var outcomes = race(tasks, 16);

		assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Registrations.Outcome.class));
		assertThat(count("select count(*) from event_registration where event_id = ?", event)).as("one per team")
			.isEqualTo(60);
		assertThat(count(
				"select coalesce(sum(seats), 0) from event_registration where event_id = ? and status = 'CONFIRMED'",
				event))
			.isEqualTo(capacity);
		assertThat(count("select seats_taken from event where id = ?", event)).isEqualTo(capacity);
		assertThat(count("select count(*) from event_registration where event_id = ? and status = 'WAITLISTED'", event))
			.isEqualTo(30);
		var lastConfirmed = count("select max(id) from event_registration where event_id = ? and status = 'CONFIRMED'",
				event);
		var firstWaiting = count("select min(id) from event_registration where event_id = ? and status = 'WAITLISTED'",
				event);
		assertThat(lastConfirmed).as("first come, first served").isLessThan(firstWaiting);
		var invoices = jdbc.queryForList("select invoice_number from event_registration where event_id = ?",
				String.class, event);
		assertThat(invoices).doesNotHaveDuplicates().hasSize(60);
	}

	@Test
	void cancellationsRacingRegistrationsKeepTheCountsExactAndPromoteEachTeamOnce() throws Exception {
		var event = data.save(EventMother.event().capacity(40));
		var early = teams(10);
		var ids = new ArrayList<Long>();
		for (var team : early) {
			ids.add(as(team.lead(), () -> registrations.registerTeam(event, team.id(), 4, List.of(), team.lead(), null))
				.registrationId());
		}
		var late = teams(20);
		var tasks = new ArrayList<Callable<Object>>();
		for (var i = 0; i < 5; i++) {
			var team = early.get(i);
			var registration = ids.get(i);
			tasks.add(() -> {
				as(team.lead(), () -> registrations.cancel(registration));
				return "cancelled";
			});
		}
		for (var team : late) {
			tasks.add(() -> as(team.lead(),
					() -> registrations.registerTeam(event, team.id(), 4, List.of(), team.lead(), null)));
		}
		var outcomes = race(tasks, 12);

		assertThat(outcomes).noneMatch(o -> o instanceof Throwable);
		assertThat(count(
				"select coalesce(sum(seats), 0) from event_registration where event_id = ? and status = 'CONFIRMED'",
				event))
			.isEqualTo(40);
		assertThat(count("select seats_taken from event where id = ?", event)).isEqualTo(40);
		assertThat(count("select count(*) from event_registration where event_id = ? and status = 'WAITLISTED'", event))
			.isEqualTo(15);
		for (var team : late) {
			var promotions = data.mailsTo(team.lead().email(), "A place opened up");
			var confirmations = data.mailsTo(team.lead().email(), "Registration confirmed");
			assertThat(promotions + confirmations).as("told once at most").isLessThanOrEqualTo(1);
		}
	}

	@Test
	void coLeadsRegisteringTheirTeamAtTheSameMomentMakeOneRegistrationWithOneAllowance() throws Exception {
		var event = data.save(EventMother.event().capacity(100));
		var leads = new ArrayList<SignedInUser>();
		leads.add(data.person("Same Team Lead 0"));
		var team = data.teamLedBy(leads.get(0));
		for (var i = 1; i < 6; i++) {
			var lead = data.person("Same Team Lead " + i);
			data.addMember(team, lead, "CERTIFICATED_UNION_PRESIDENT", "LABOR", true);
			leads.add(lead);
		}
		var tasks = new ArrayList<Callable<Object>>();
		for (var lead : leads) {
			tasks.add(() -> as(lead, () -> registrations.registerTeam(event, team, 6, List.of(), lead, null)));
		}
		var outcomes = race(tasks, 6);

		assertThat(outcomes).filteredOn(o -> o instanceof Registrations.Outcome).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof AlreadyRegistered).hasSize(5);
		assertThat(count("select count(*) from event_registration where event_id = ?", event)).isEqualTo(1);
		assertThat(count("select sum(complimentary_allowance) from event_registration where event_id = ?", event))
			.isEqualTo(4);
	}

	private int count(String sql, long id) {
		var value = jdbc.queryForObject(sql, Long.class, id);
		return value == null ? 0 : value.intValue();
	}

	/**
	 * Runs the tasks on a pool all at once; each outcome is the result or the exception
	 * thrown.
	 */
	public static List<Object> race(List<Callable<Object>> tasks, int threads) throws Exception {
		var pool = Executors.newFixedThreadPool(threads);
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
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
