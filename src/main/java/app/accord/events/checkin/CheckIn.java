package app.accord.events.checkin;

import app.accord.events.catalog.EventConflict;
import app.accord.events.catalog.EventRepository;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.registration.Attendee;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.AttendeeRepository;
import app.accord.events.registration.EmailShape;
import app.accord.events.registration.Registration;
import app.accord.events.registration.RegistrationRepository;
import app.accord.events.registration.Registrations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.accord.accounts.People;
import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.shared.Secrets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the door: staff, or volunteers given check-in for one event, find attendees by name
 * or by the QR code of their confirmation, record when they arrived, and add walk-ins.
 */
@Service
public class CheckIn {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final AttendeeRepository attendees;

	private final People people;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	CheckIn(EventRepository events, RegistrationRepository registrations, AttendeeRepository attendees, People people,
			Clock clock, JdbcTemplate jdbc) {
		this.events = events;
		this.registrations = registrations;
		this.attendees = attendees;
		this.people = people;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** An attendee as the door sees them. */
	record Arrival(long id, long eventId, String name, String registration, String organization,
			String accessibilityNeeds, Instant checkedInAt, boolean walkIn) {

		static Arrival of(Attendee a) {
			return new Arrival(a.getId(), a.getEventId(), a.getName(), a.getRegistration().displayName(),
					a.getOrganization(), a.getAccessibilityNeeds(), a.getCheckedInAt(), a.isWalkIn());
		}

		public boolean arrived() {
			return checkedInAt != null;
		}

	}

	record Counts(int expected, int arrived) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventPolicy.canCheckIn(principal, #eventId)")
	public List<Arrival> search(long eventId, String text) {
		var found = text == null || text.isBlank() ? attendees.confirmed(eventId)
				: attendees.search(eventId, text.trim());
		return found.stream().map(Arrival::of).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventPolicy.canCheckIn(principal, #eventId)")
	public Counts counts(long eventId) {
		var all = attendees.confirmed(eventId);
		return new Counts(all.size(), (int) all.stream().filter(a -> a.getCheckedInAt() != null).count());
	}

	/** Records the arrival; a second scan keeps the first time. */
	@Transactional
	@PreAuthorize("@eventPolicy.canCheckIn(principal, #eventId)")
	public Arrival admit(long eventId, long attendeeId, SignedInUser by) {
		var attendee = attendees.findById(attendeeId)
			.filter(a -> a.getEventId() == eventId)
			.orElseThrow(() -> new NotFoundException("No attendee " + attendeeId + " at event " + eventId));
		if (!attendee.getRegistration().isConfirmed()) {
			throw new EventRuleViolation(null, "events.checkIn.notConfirmed");
		}
		attendee.checkIn(clock.instant(), by.personId());
		return Arrival.of(attendee);
	}

	/** The event the QR code's token belongs to, so the policy can be asked about it. */
	@Transactional(readOnly = true)
	public long eventOfToken(String token) {
		return withToken(token).map(Attendee::getEventId)
			.orElseThrow(() -> new NotFoundException("No attendee for this code"));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventPolicy.canCheckIn(principal, #eventId)")
	public Arrival byToken(long eventId, String token) {
		return withToken(token).filter(a -> a.getEventId() == eventId)
			.map(Arrival::of)
			.orElseThrow(() -> new NotFoundException("No attendee for this code"));
	}

	private Optional<Attendee> withToken(String token) {
		return Secrets.wellFormed(token) ? attendees.findByCheckInToken(token) : Optional.empty();
	}

	/**
	 * Adds someone who came without registering, checked in at once, if a seat is left.
	 */
	@Transactional
	@PreAuthorize("@eventPolicy.canCheckIn(principal, #eventId)")
	public Arrival walkIn(long eventId, AttendeeDetails details, SignedInUser by) {
		var event = events.requireLocked(eventId);
		if (event.isCancelled()) {
			throw new EventRuleViolation(null, "events.register.cancelled");
		}
		Registrations.requireValid(details);
		var person = details.email() == null ? null : people.findOrCreate(details.email(), details.name());
		if (person != null && attendees.attends(eventId, person.value())) {
			throw new EventConflict("email", "events.attendee.alreadyAttending", details.email());
		}
		var invoice = "EV" + eventId + "-" + String.format("%04d", registrations.countOfEvent(eventId) + 1);
		var registration = Registration.walkIn(event, person, details, invoice, clock.instant());
		registrations.saveAndFlush(registration);
		var attendee = registration.getAttendees().get(0);
		attendee.checkIn(clock.instant(), by.personId());
		return Arrival.of(attendee);
	}

	/** Gives a person check-in at this event only; they are invited to sign in. */
	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public void addVolunteer(long eventId, String email, String name, SignedInUser by) {
		if (!EmailShape.isValid(email)) {
			throw new EventRuleViolation("email", "events.attendee.email.invalid");
		}
		events.require(eventId);
		var person = people.findOrCreate(email.trim(), name == null || name.isBlank() ? email.trim() : name.trim());
		var exists = jdbc.queryForObject(
				"select count(*) from event_check_in_volunteer where event_id = ? and person_id = ?", Integer.class,
				eventId, person.value());
		if (exists != null && exists == 0) {
			jdbc.update("insert into event_check_in_volunteer (event_id, person_id) values (?, ?)", eventId,
					person.value());
			people.inviteToSignIn(person, by.displayName());
		}
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<String> volunteers(long eventId) {
		return jdbc
			.queryForList("select person_id from event_check_in_volunteer where event_id = ? order by person_id",
					Long.class, eventId)
			.stream()
			.map(id -> people.find(new app.accord.accounts.PersonId(id)).map(p -> p.email()).orElse("#" + id))
			.toList();
	}

}
