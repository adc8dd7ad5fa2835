package app.accord.events.registration;

import app.accord.events.catalog.EventRuleViolation;

import app.accord.events.catalog.EventConflict;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventPolicy;
import app.accord.events.catalog.EventRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.teams.TeamId;
import app.accord.teams.Teams;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes, changes and cancels registrations. Every change that moves seats locks the
 * event's row first (and nothing else), so capacity holds under any load, the waitlist
 * keeps arrival order and promotions happen once.
 */
@Service
public class Registrations {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final AttendeeRepository attendees;

	private final Teams teams;

	private final People people;

	private final RegistrationNotices notices;

	private final Clock clock;

	private final EventPolicy policy;

	private final int maxTeamSize;

	Registrations(EventRepository events, RegistrationRepository registrations, AttendeeRepository attendees,
			Teams teams, People people, RegistrationNotices notices, Clock clock, EventPolicy policy,
			@Value("${accord.events.max-team-size:30}") int maxTeamSize) {
		this.events = events;
		this.registrations = registrations;
		this.attendees = attendees;
		this.teams = teams;
		this.people = people;
		this.notices = notices;
		this.clock = clock;
		this.policy = policy;
		this.maxTeamSize = maxTeamSize;
	}

	/** What became of a registration request. */
	public record Outcome(long registrationId, RegistrationStatus status, Fee fee, boolean created,
			String accessToken) {

		static Outcome of(Registration registration, Event event, boolean created) {
			return new Outcome(registration.getId(), registration.getStatus(), registration.fee(event), created,
					registration.getAccessToken());
		}

	}

	/**
	 * A team's intent to register with its estimated size, optionally naming attendees at
	 * once. The same idempotency key returns the first outcome instead of a second
	 * registration.
	 */
	@Transactional
	@PreAuthorize("@eventPolicy.canRegisterTeam(principal, #teamId)")
	public Outcome registerTeam(long eventId, long teamId, int estimatedSize, List<AttendeeDetails> named,
			SignedInUser user, String idempotencyKey) {
		// Everything that does not depend on the seats is read, checked and resolved
		// before the lock, to keep the time the event is locked short.
		var team = teams.find(new TeamId(teamId))
			.filter(t -> t.active())
			.orElseThrow(() -> new NotFoundException("No active team " + teamId));
		if (estimatedSize < 1) {
			throw new EventRuleViolation("estimatedSize", "events.register.size.min");
		}
		var size = Math.max(estimatedSize, named.size());
		if (size > maxTeamSize) {
			throw new EventRuleViolation(named.size() > estimatedSize ? "attendees" : "estimatedSize",
					"events.register.size.max", maxTeamSize);
		}
		var people = new ArrayList<PersonId>(named.size());
		for (var details : named) {
			requireValid(details);
			people.add(personOf(details));
		}
		var event = lock(eventId);
		var repeat = repeated(event, idempotencyKey);
		if (repeat != null) {
			return repeat;
		}
		refuseIfClosed(event, user);
		if (!event.getRegistrationMode().allowsTeams()) {
			throw new EventRuleViolation(null, "events.register.noTeams");
		}
		registrations.liveOfTeam(eventId, teamId).ifPresent(existing -> {
			throw new AlreadyRegistered(null, "events.register.teamAlready", existing.getId());
		});
		refuseAttending(event, named, people);
		var registration = Registration.ofTeam(event, team.id(), team.displayName(), size,
				event.complimentaryAllowanceOn(LocalDate.now(clock)), user.email(), user.personId(), nextInvoice(event),
				idempotencyKey, clock.instant());
		for (int i = 0; i < named.size(); i++) {
			registration.addAttendee(event, named.get(i), people.get(i), false);
		}
		registrations.saveAndFlush(registration);
		notices.announce(registration, false);
		return Outcome.of(registration, event, true);
	}

	/** A person registering themselves for an event open to individuals. */
	@Transactional
	public Outcome registerPerson(long eventId, AttendeeDetails details, SignedInUser user, String idempotencyKey) {
		var event = lock(eventId);
		var repeat = repeated(event, idempotencyKey);
		if (repeat != null) {
			return repeat;
		}
		refuseIfClosed(event, user);
		if (!event.getRegistrationMode().allowsIndividuals()) {
			throw new EventRuleViolation(null, "events.register.noIndividuals");
		}
		requireValid(details);
		if (details.email() == null) {
			throw new EventRuleViolation("email", "events.attendee.email.required");
		}
		var person = people.findOrCreate(details.email(), details.name());
		registrations.liveOfPerson(eventId, person.value()).ifPresent(existing -> {
			throw new AlreadyRegistered("email", "events.register.personAlready", existing.getId());
		});
		if (attendees.attends(eventId, person.value())) {
			throw new AlreadyAttending(details.email());
		}
		var registration = Registration.ofPerson(event, person, details, nextInvoice(event), idempotencyKey,
				clock.instant());
		registrations.saveAndFlush(registration);
		notices.announce(registration, false);
		return Outcome.of(registration, event, true);
	}

	/**
	 * Someone asked to register an address that already holds a place: the address is
	 * sent what it holds (its registration's links, or its place in a team's
	 * registration), so that the page need not say whether the address was registered.
	 */
	@Transactional
	public void remindRegistered(long eventId, String email) {
		var person = people.findByEmail(email).orElse(null);
		if (person == null) {
			return;
		}
		var own = registrations.liveOfPerson(eventId, person.id().value());
		if (own.isPresent()) {
			notices.alreadyRegistered(own.get());
			return;
		}
		attendees.attending(eventId, person.id().value())
			.stream()
			.findFirst()
			.ifPresent(attendee -> notices.attendeeConfirmed(attendee.getRegistration(), attendee));
	}

	@Transactional
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public long addAttendee(long registrationId, AttendeeDetails details) {
		var event = lockEventOf(registrationId);
		var registration = registration(registrationId);
		if (registration.getAttendees().size() >= maxTeamSize) {
			throw new EventRuleViolation(null, "events.register.size.max", maxTeamSize);
		}
		var attendee = addTo(event, registration, details, false);
		registrations.flush();
		if (registration.isConfirmed()) {
			notices.attendeeConfirmed(registration, attendee);
		}
		return attendee.getId();
	}

	/**
	 * Another person takes an attendee's place; the registration keeps its seats and
	 * place.
	 */
	@Transactional
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public long substitute(long registrationId, long attendeeId, AttendeeDetails details) {
		var event = lockEventOf(registrationId);
		var registration = registration(registrationId);
		requireValid(details);
		var person = personOf(details);
		var current = registration.attendee(attendeeId);
		if (person != null && !current.isPerson(person) && attendees.attends(event.getId(), person.value())) {
			throw new EventConflict("email", "events.attendee.alreadyAttending", details.email());
		}
		registration.vacate(attendeeId, details, person);
		registrations.flush();
		var replacement = registration.substitute(details, person);
		registrations.flush();
		if (registration.isConfirmed()) {
			notices.attendeeConfirmed(registration, replacement);
		}
		return replacement.getId();
	}

	@Transactional
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public void removeAttendee(long registrationId, long attendeeId) {
		lockEventOf(registrationId);
		registration(registrationId).removeAttendee(attendeeId);
	}

	/** Changes the number of seats; seats given up go to the waitlist at once. */
	@Transactional
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public void resize(long registrationId, int seats) {
		var event = lockEventOf(registrationId);
		if (seats > maxTeamSize) {
			throw new EventRuleViolation("seats", "events.register.size.max", maxTeamSize);
		}
		registration(registrationId).resize(event, seats);
		promote(event);
	}

	@Transactional
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public void cancel(long registrationId) {
		var event = lockEventOf(registrationId);
		var registration = registration(registrationId);
		registration.cancel(event, clock.instant());
		registrations.flush();
		notices.cancelled(registration);
		promote(event);
	}

	/** Staff only. */
	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public void markPaid(long registrationId, String note) {
		registration(registrationId).getPayment().markPaid(note);
	}

	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public void waive(long registrationId, String reason) {
		registration(registrationId).getPayment().waive(reason);
	}

	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public void adjust(long registrationId, long cents, String reason) {
		registration(registrationId).getPayment().adjust(cents, reason);
	}

	/**
	 * Fills freed seats from the waitlist, first come first served: the next registration
	 * in line is promoted when all its seats fit, and nobody overtakes it. The caller
	 * holds the event's lock.
	 */
	public void promote(Event event) {
		for (var waiting : registrations.waitlist(event.getId())) {
			if (!event.hasRoomFor(waiting.getSeats())) {
				return;
			}
			waiting.promote(event, clock.instant());
			notices.announce(waiting, true);
		}
	}

	private Attendee addTo(Event event, Registration registration, AttendeeDetails details, boolean walkIn) {
		requireValid(details);
		var person = personOf(details);
		refuseAttending(event, List.of(details), Collections.singletonList(person));
		var attendee = registration.addAttendee(event, details, person, walkIn);
		registrations.flush();
		return attendee;
	}

	/**
	 * Refuses people who already attend the event in another live registration, with one
	 * query for all of them. (Twice the same person in one registration is refused by the
	 * registration itself.)
	 */
	private void refuseAttending(Event event, List<AttendeeDetails> named, List<PersonId> people) {
		var ids = people.stream().filter(Objects::nonNull).map(PersonId::value).toList();
		if (ids.isEmpty()) {
			return;
		}
		var attending = new HashSet<>(attendees.attendingAmong(event.getId(), ids));
		for (int i = 0; i < people.size(); i++) {
			if (people.get(i) != null && attending.contains(people.get(i).value())) {
				throw new EventConflict("email", "events.attendee.alreadyAttending", named.get(i).email());
			}
		}
	}

	private PersonId personOf(AttendeeDetails details) {
		return details.email() == null ? null : people.findOrCreate(details.email(), details.name());
	}

	public static void requireValid(AttendeeDetails details) {
		if (details.name() == null || details.name().isBlank()) {
			throw new EventRuleViolation("name", "events.attendee.name.required");
		}
		if (details.name().length() > 200) {
			throw new EventRuleViolation("name", "events.attendee.name.tooLong");
		}
		if (details.email() != null && !EmailShape.isValid(details.email())) {
			throw new EventRuleViolation("email", "events.attendee.email.invalid");
		}
	}

	private Outcome repeated(Event event, String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return null;
		}
		return registrations.findByEventIdAndIdempotencyKey(event.getId(), idempotencyKey)
			.map(existing -> Outcome.of(existing, event, false))
			.orElse(null);
	}

	private void refuseIfClosed(Event event, SignedInUser user) {
		var refusal = event.refusalOnRegister(LocalDate.now(clock), policy.isStaff(user));
		if (refusal != null) {
			throw new EventRuleViolation(null, refusal);
		}
	}

	/** Invoice numbers count up per event; the event's lock keeps them unique. */
	private String nextInvoice(Event event) {
		return "EV" + event.getId() + "-" + String.format("%04d", registrations.countOfEvent(event.getId()) + 1);
	}

	private Event lock(long eventId) {
		return events.requireLocked(eventId);
	}

	private Event lockEventOf(long registrationId) {
		// Only the id is read before the lock, so the registration is loaded fresh after
		// it.
		var eventId = registrations.eventIdOf(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId));
		return lock(eventId);
	}

	private Registration registration(long registrationId) {
		return registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId));
	}

}
