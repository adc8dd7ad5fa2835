package app.accord.events;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.EventRepository;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.Registrations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import app.accord.accounts.People;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh people, teams and events for integration tests that share one database. Teams are
 * written with SQL: the teams module's internals are not this module's to call.
 */
@Component
public class EventTestData {

	private final People people;

	private final EventRepository events;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Registrations registrations;

	private final Agenda agenda;

	EventTestData(People people, EventRepository events, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Registrations registrations, Agenda agenda) {
		this.people = people;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.registrations = registrations;
		this.agenda = agenda;
	}

	/** Registers new people named "name 1" to "name count", each for themselves. */
	public void registerPeople(long event, int count, String name) {
		for (var i = 1; i <= count; i++) {
			var person = person(name + " " + i);
			as(person,
					() -> registrations.registerPerson(event,
							new AttendeeDetails(person.displayName(), person.email(), null, null, null, null, null),
							person, null));
		}
	}

	/**
	 * Registers a new team of three seats, its lead (who picks the session) and a
	 * colleague named, with their access and dietary needs.
	 */
	public void registerTeamPickingASession(long event, long session, String leadName) {
		var lead = person(leadName);
		var team = teamLedBy(lead);
		var named = List.of(new AttendeeDetails(leadName, lead.email(), null, null, null, "Ramp", null),
				new AttendeeDetails(leadName + " Colleague", freshEmail("colleague"), null, null, null, null,
						"Vegetarian"));
		var outcome = as(lead, () -> registrations.registerTeam(event, team, 3, named, lead, null));
		var attendee = jdbc.queryForObject("select min(id) from event_attendee where registration_id = ?", Long.class,
				outcome.registrationId());
		as(lead, () -> agenda.pick(outcome.registrationId(), attendee, List.of(session)));
	}

	public static String freshEmail(String name) {
		return name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
	}

	public SignedInUser person(String name) {
		return user(name, Role.MEMBER);
	}

	public SignedInUser staff() {
		return user("Staff", Role.STAFF);
	}

	private SignedInUser user(String name, Role role) {
		var email = freshEmail(name);
		var id = people.findOrCreate(email, name);
		return new SignedInUser(id, email, name, role, true, null);
	}

	public long save(EventMother mother) {
		return transactions.execute(status -> events.saveAndFlush(mother.build()).getId());
	}

	/** An active team of a fresh LEA, led by this co-lead (superintendent). */
	public synchronized long teamLedBy(SignedInUser coLead) {
		return transactions.execute(status -> {
			var lea = jdbc.queryForMap("""
					select cds_code, name from directory_lea
					where cds_code not in (select lea_cds_code from team) order by cds_code desc limit 1""");
			var cds = (String) lea.get("cds_code");
			jdbc.update("""
					insert into team (lea_cds_code, lea_name, county, region, name, active_lea_cds_code, created_at)
					values (?, ?, 'Test County', 'northern-california', null, ?, ?)""", cds, lea.get("name"), cds,
					Timestamp.from(Instant.now()));
			var teamId = jdbc.queryForObject("select id from team where active_lea_cds_code = ?", Long.class, cds);
			addMember(teamId, coLead, "SUPERINTENDENT", "MANAGEMENT", true);
			return teamId;
		});
	}

	public void addMember(long teamId, SignedInUser person, String role, String side, boolean coLead) {
		jdbc.update(
				"""
						insert into team_membership (team_id, person_id, active_person_id, name, email, role, side, co_lead, joined_on)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				teamId, person.personId().value(), person.personId().value(), person.displayName(), person.email(),
				role, side, coLead, LocalDate.now().minusYears(1));
	}

	/**
	 * Waits until every registration notice published so far has been written to the
	 * outbox (they are written after commit, on their own threads).
	 */
	public void awaitNotices() {
		var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and coalesce(status, '') <> 'FAILED'",
				Integer.class) > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Registration notices were not written within 30 s");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	public int mailsTo(String email) {
		awaitNotices();
		return jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, email);
	}

	public int mailsTo(String email, String subjectStart) {
		awaitNotices();
		return jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and subject like ?",
				Integer.class, email, subjectStart + "%");
	}

	public static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static void as(SignedInUser user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

}
