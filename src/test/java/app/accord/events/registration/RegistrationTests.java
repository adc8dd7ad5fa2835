package app.accord.events.registration;

import app.accord.events.catalog.EventConflict;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.catalog.RegistrationMode;

import java.util.List;

import app.accord.accounts.SignedInUser;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Team and individual registration: fees, the waitlist, promotion, substitution,
 * refusals.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationTests {

	@Autowired
	Registrations registrations;

	@Autowired
	EventCatalog catalog;

	@Autowired
	RegistrationQueries queries;

	@Autowired
	EventTestData data;

	@Autowired
	JdbcTemplate jdbc;

	private Registrations.Outcome registerTeam(SignedInUser lead, long event, int size) {
		var team = data.teamLedBy(lead);
		return as(lead, () -> registrations.registerTeam(event, team, size, List.of(), lead, null));
	}

	@Test
	void aTeamRegisteringBeforeTheDeadlinePaysOnlyForSeatsBeyondTheComplimentaryOnes() {
		var event = data.save(EventMother.event().fee(5000));
		var lead = data.person("Fee Lead");
		var outcome = registerTeam(lead, event, 6);
		assertThat(outcome.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(outcome.fee().complimentarySeats()).isEqualTo(4);
		assertThat(outcome.fee().paidSeats()).isEqualTo(2);
		assertThat(outcome.fee().amountDueCents()).isEqualTo(10000);
		assertThat(data.mailsTo(lead.email(), "Registration confirmed")).isEqualTo(1);
		var attachment = jdbc.queryForObject("""
				select a.filename from outbox_attachment a join outbox_message m on m.id = a.message_id
				where m.recipient = ?""", String.class, lead.email());
		assertThat(attachment).endsWith(".ics");
	}

	@Test
	void afterTheComplimentaryDeadlineEverySeatIsPaid() {
		var event = data.save(EventMother.event().fee(5000).pastComplimentaryDeadline());
		var outcome = registerTeam(data.person("Late Lead"), event, 3);
		assertThat(outcome.fee().complimentarySeats()).isZero();
		assertThat(outcome.fee().amountDueCents()).isEqualTo(15000);
	}

	@Test
	void pastCapacityTeamsJoinTheWaitlistAndTheFirstInLineIsPromotedWhenSeatsFreeUp() {
		var event = data.save(EventMother.event().capacity(8));
		var first = data.person("First Lead");
		var second = data.person("Second Lead");
		var third = data.person("Third Lead");
		var fourth = data.person("Fourth Lead");
		var a = registerTeam(first, event, 4);
		var b = registerTeam(second, event, 4);
		var c = registerTeam(third, event, 4);
		var d = registerTeam(fourth, event, 2);
		assertThat(List.of(a.status(), b.status(), c.status(), d.status())).containsExactly(
				RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
				RegistrationStatus.WAITLISTED);
		assertThat(data.mailsTo(third.email(), "On the waitlist")).isEqualTo(1);

		as(first, () -> registrations.cancel(a.registrationId()));

		assertThat(status(c.registrationId())).isEqualTo("CONFIRMED");
		assertThat(status(d.registrationId())).as("nobody overtakes the first in line").isEqualTo("WAITLISTED");
		assertThat(data.mailsTo(third.email(), "A place opened up")).isEqualTo(1);
		assertThat(seatsTaken(event)).isEqualTo(8);
	}

	@Test
	void aTeamGivingUpSeatsLetsTheWaitlistIn() {
		var event = data.save(EventMother.event().capacity(6));
		var big = data.person("Big Lead");
		var waiting = data.person("Waiting Lead");
		var a = registerTeam(big, event, 6);
		var b = registerTeam(waiting, event, 2);
		assertThat(b.status()).isEqualTo(RegistrationStatus.WAITLISTED);
		as(big, () -> registrations.resize(a.registrationId(), 4));
		assertThat(status(b.registrationId())).isEqualTo("CONFIRMED");
		assertThat(seatsTaken(event)).isEqualTo(6);
	}

	@Test
	void aConfirmedTeamCannotGrowPastTheSeatsLeft() {
		var event = data.save(EventMother.event().capacity(5));
		var lead = data.person("Growing Lead");
		var a = registerTeam(lead, event, 4);
		assertThatThrownBy(() -> as(lead, () -> registrations.resize(a.registrationId(), 6)))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("events.registration.noRoom");
				assertThat(ex.field()).isEqualTo("seats");
			});
		assertThat(seatsTaken(event)).isEqualTo(4);
	}

	@Test
	void substitutingAnAttendeeKeepsTheTeamsSeatsAndPlace() {
		var event = data.save(EventMother.event().capacity(4));
		var lead = data.person("Sub Lead");
		var a = registerTeam(lead, event, 4);
		var attendee = as(lead,
				() -> registrations.addAttendee(a.registrationId(),
						new AttendeeDetails("Ana Ruiz", EventTestData.freshEmail("ana"), MemberRole.PRINCIPAL,
								Side.MANAGEMENT, null, "Wheelchair access", "Vegetarian")));
		var replacementEmail = EventTestData.freshEmail("ben");
		as(lead, () -> registrations.substitute(a.registrationId(), attendee, new AttendeeDetails("Ben Cho",
				replacementEmail, MemberRole.PRINCIPAL, Side.MANAGEMENT, null, null, null)));
		var view = as(lead, () -> queries.view(a.registrationId()));
		assertThat(view.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(view.seats()).isEqualTo(4);
		assertThat(view.attendees()).extracting(RegistrationView.AttendeeRow::name).containsExactly("Ben Cho");
		assertThat(data.mailsTo(replacementEmail, "You are registered")).isEqualTo(1);

		// The same person again, with the name corrected.
		var ben = as(lead, () -> queries.view(a.registrationId())).attendees().get(0).id();
		as(lead, () -> registrations.substitute(a.registrationId(), ben,
				new AttendeeDetails("Benjamin Cho", replacementEmail, null, null, null, null, null)));
		assertThat(as(lead, () -> queries.view(a.registrationId())).attendees())
			.extracting(RegistrationView.AttendeeRow::name)
			.containsExactly("Benjamin Cho");
	}

	@Test
	void aPersonalRegistrationStaysOnePerson() {
		var event = data.save(EventMother.event().mode(RegistrationMode.INDIVIDUAL));
		var person = data.person("Lone Person");
		var outcome = registrations.registerPerson(event,
				new AttendeeDetails(person.displayName(), person.email(), null, null, null, null, null), person, null);
		assertThatThrownBy(() -> as(person,
				() -> registrations.addAttendee(outcome.registrationId(),
						new AttendeeDetails("Friend", null, null, null, null, null, null))))
			.isInstanceOfSatisfying(EventRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.registration.individual"));
		assertThatThrownBy(() -> as(person, () -> registrations.resize(outcome.registrationId(), 3)))
			.isInstanceOf(EventRuleViolation.class);
	}

	@Test
	void aPersonAttendsAnEventOnceAndAnAttendeeNeedsANameAndAValidEmail() {
		var event = data.save(EventMother.event());
		var lead = data.person("Dup Lead");
		var other = data.person("Other Lead");
		var a = registerTeam(lead, event, 2);
		var b = registerTeam(other, event, 2);
		var email = EventTestData.freshEmail("shared");
		as(lead, () -> registrations.addAttendee(a.registrationId(),
				new AttendeeDetails("Shared Person", email, null, null, null, null, null)));
		assertThatThrownBy(() -> as(other,
				() -> registrations.addAttendee(b.registrationId(),
						new AttendeeDetails("Shared Person", email.toUpperCase(), null, null, null, null, null))))
			.isInstanceOfSatisfying(EventConflict.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.attendee.alreadyAttending"));
		assertThatThrownBy(() -> as(other,
				() -> registrations.addAttendee(b.registrationId(),
						new AttendeeDetails(" ", null, null, null, null, null, null))))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> as(other,
				() -> registrations.addAttendee(b.registrationId(),
						new AttendeeDetails("No Email", "not-an-email", null, null, null, null, null))))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("email"));
		assertThat(jdbc.queryForObject("select count(*) from event_attendee where registration_id = ?", Integer.class,
				b.registrationId()))
			.as("nothing half-saved")
			.isZero();
	}

	@Test
	void theSecondCoLeadRegisteringTheSameTeamIsToldItIsAlreadyRegistered() {
		var event = data.save(EventMother.event());
		var lead = data.person("Lead One");
		var coLead = data.person("Lead Two");
		var team = data.teamLedBy(lead);
		data.addMember(team, coLead, "CERTIFICATED_UNION_PRESIDENT", "LABOR", true);
		var first = as(lead, () -> registrations.registerTeam(event, team, 4, List.of(), lead, null));
		assertThatThrownBy(() -> as(coLead, () -> registrations.registerTeam(event, team, 6, List.of(), coLead, null)))
			.isInstanceOfSatisfying(AlreadyRegistered.class,
					ex -> assertThat(ex.registrationId()).isEqualTo(first.registrationId()));
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstRegistration() {
		var event = data.save(EventMother.event());
		var lead = data.person("Retry Lead");
		var team = data.teamLedBy(lead);
		var first = as(lead, () -> registrations.registerTeam(event, team, 4, List.of(), lead, "key-1"));
		var again = as(lead, () -> registrations.registerTeam(event, team, 4, List.of(), lead, "key-1"));
		assertThat(again.registrationId()).isEqualTo(first.registrationId());
		assertThat(again.created()).isFalse();
		assertThat(data.mailsTo(lead.email(), "Registration confirmed")).isEqualTo(1);
	}

	@Test
	void registrationOutsideTheWindowOrForACancelledEventIsRefused() {
		var closed = data.save(EventMother.event().registrationClosed());
		var lead = data.person("Closed Lead");
		var team = data.teamLedBy(lead);
		assertThatThrownBy(() -> as(lead, () -> registrations.registerTeam(closed, team, 4, List.of(), lead, null)))
			.isInstanceOfSatisfying(EventRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.register.closed"));
		var cancelled = data.save(EventMother.event());
		as(data.staff(), () -> catalog.cancel(cancelled));
		assertThatThrownBy(() -> as(lead, () -> registrations.registerTeam(cancelled, team, 4, List.of(), lead, null)))
			.isInstanceOfSatisfying(EventRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.register.cancelled"));
	}

	@Test
	void onlyAcoLeadOrStaffRegistersATeam() {
		var event = data.save(EventMother.event());
		var lead = data.person("Real Lead");
		var team = data.teamLedBy(lead);
		var stranger = data.person("Stranger");
		assertThatThrownBy(
				() -> as(stranger, () -> registrations.registerTeam(event, team, 4, List.of(), stranger, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void cancellingAnEventTellsEveryoneRegisteredAndFreesTheirPeople() {
		var event = data.save(EventMother.event().capacity(4));
		var lead = data.person("Told Lead");
		var waiting = data.person("Told Waiting");
		registerTeam(lead, event, 4);
		registerTeam(waiting, event, 2);
		var told = as(data.staff(), () -> catalog.cancel(event));
		assertThat(told).isEqualTo(2);
		assertThat(data.mailsTo(lead.email(), "Cancelled: Summer Institute")).isEqualTo(1);
		assertThat(data.mailsTo(waiting.email(), "Cancelled: Summer Institute")).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from event_registration where event_id = ? and status <> 'CANCELLED'", Integer.class,
				event))
			.isZero();
	}

	@Test
	void aPersonRegistersThemselvesForAWebinarWithACheckInCode() {
		var event = data.save(EventMother.event().kind(EventKind.WEBINAR).mode(RegistrationMode.INDIVIDUAL).fee(0));
		var email = EventTestData.freshEmail("solo");
		var outcome = registrations.registerPerson(event,
				new AttendeeDetails("Solo Person", email, null, null, "Gonzales USD", null, "Vegan"), null, null);
		assertThat(outcome.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(outcome.fee().amountDueCents()).isZero();
		assertThat(data.mailsTo(email, "Registration confirmed")).isEqualTo(1);
		assertThat(data.mailsTo(email, "You are registered")).isEqualTo(1);
		assertThatThrownBy(() -> registrations.registerPerson(event,
				new AttendeeDetails("Solo Person", email, null, null, null, null, null), null, null))
			.isInstanceOf(AlreadyRegistered.class);
	}

	@Test
	void teamsCannotRegisterForAnEventForIndividuals() {
		var event = data.save(EventMother.event().mode(RegistrationMode.INDIVIDUAL));
		var lead = data.person("Webinar Lead");
		assertThatThrownBy(() -> registerTeam(lead, event, 2)).isInstanceOfSatisfying(EventRuleViolation.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("events.register.noTeams"));
	}

	@Test
	void staffWaiveOrAdjustTheFeeOnlyWithAReason() {
		var event = data.save(EventMother.event().fee(5000).pastComplimentaryDeadline());
		var a = registerTeam(data.person("Pay Lead"), event, 2);
		var staff = data.staff();
		assertThatThrownBy(() -> as(staff, () -> registrations.waive(a.registrationId(), " ")))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		as(staff, () -> registrations.adjust(a.registrationId(), -2500, "Shared a room"));
		assertThat(as(staff, () -> queries.view(a.registrationId())).fee().amountDueCents()).isEqualTo(7500);
		as(staff, () -> registrations.waive(a.registrationId(), "Rural district support"));
		var view = as(staff, () -> queries.view(a.registrationId()));
		assertThat(view.fee().amountDueCents()).isZero();
		assertThat(view.paymentStatus()).isEqualTo(PaymentStatus.WAIVED);
	}

	private String status(long registrationId) {
		return jdbc.queryForObject("select status from event_registration where id = ?", String.class, registrationId);
	}

	private int seatsTaken(long event) {
		return jdbc.queryForObject("select seats_taken from event where id = ?", Integer.class, event);
	}

}
