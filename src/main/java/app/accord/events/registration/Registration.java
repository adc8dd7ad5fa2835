package app.accord.events.registration;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventConflict;
import app.accord.events.catalog.EventRuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.accord.accounts.PersonId;
import app.accord.shared.Secrets;
import app.accord.teams.TeamId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A team's or a person's place at an event: confirmed seats or a place in the waitlist,
 * the attendees it brings, and what it owes. Seats change only while the event is locked.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long eventId;

	private Long teamId;

	private String teamName;

	private Long personId;

	private Long activeTeamId;

	private Long activePersonId;

	private Long registeredBy;

	private String contactEmail;

	private int estimatedSize;

	private int seats;

	private int complimentaryAllowance;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private String invoiceNumber;

	@Embedded
	private Payment payment = new Payment();

	private String accessToken;

	private String idempotencyKey;

	private Instant createdAt;

	private Instant confirmedAt;

	private Instant cancelledAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Attendee> attendees = new ArrayList<>();

	protected Registration() {
	}

	private Registration(Event event, int seats, int allowance, String contactEmail, PersonId registeredBy,
			String invoiceNumber, String idempotencyKey, Instant now) {
		this.eventId = event.getId();
		this.estimatedSize = seats;
		this.seats = seats;
		this.complimentaryAllowance = allowance;
		this.contactEmail = contactEmail;
		this.registeredBy = registeredBy == null ? null : registeredBy.value();
		this.invoiceNumber = invoiceNumber;
		this.idempotencyKey = idempotencyKey;
		this.accessToken = Secrets.random();
		this.createdAt = now;
		if (event.hasRoomFor(seats)) {
			event.takeSeats(seats);
			this.status = RegistrationStatus.CONFIRMED;
			this.confirmedAt = now;
		}
		else {
			this.status = RegistrationStatus.WAITLISTED;
		}
	}

	/** A team's intent to register; confirmed if the seats fit, waitlisted otherwise. */
	static Registration ofTeam(Event event, TeamId team, String teamName, int estimatedSize, int allowance,
			String contactEmail, PersonId registeredBy, String invoiceNumber, String idempotencyKey, Instant now) {
		var registration = new Registration(event, estimatedSize, allowance, contactEmail, registeredBy, invoiceNumber,
				idempotencyKey, now);
		registration.teamId = team.value();
		registration.activeTeamId = team.value();
		registration.teamName = teamName;
		return registration;
	}

	/** A person registering themselves: one seat, no complimentary allowance. */
	static Registration ofPerson(Event event, PersonId person, AttendeeDetails details, String invoiceNumber,
			String idempotencyKey, Instant now) {
		var registration = new Registration(event, 1, 0, details.email(), person, invoiceNumber, idempotencyKey, now);
		registration.personId = person.value();
		registration.activePersonId = person.value();
		registration.attendees.add(new Attendee(registration, details, person, false));
		return registration;
	}

	/** Someone who turned up at the door: one seat, checked in at once by the caller. */
	public static Registration walkIn(Event event, PersonId person, AttendeeDetails details, String invoiceNumber,
			Instant now) {
		if (!event.hasRoomFor(1)) {
			throw new EventRuleViolation(null, "events.checkIn.full");
		}
		var registration = new Registration(event, 1, 0, details.email(), null, invoiceNumber, null, now);
		registration.personId = person == null ? null : person.value();
		registration.activePersonId = registration.personId;
		registration.attendees.add(new Attendee(registration, details, person, true));
		return registration;
	}

	/**
	 * Names one more attendee; the registration grows by a seat when all its seats are
	 * named, which a confirmed registration can only do while the event has room.
	 */
	Attendee addAttendee(Event event, AttendeeDetails details, PersonId person, boolean walkIn) {
		requireLive();
		if (!isTeam()) {
			throw new EventRuleViolation(null, "events.registration.individual");
		}
		for (var attendee : attendees) {
			if (attendee.isPerson(person)) {
				throw new EventConflict("email", "events.attendee.duplicate", details.name());
			}
		}
		if (attendees.size() >= seats) {
			grow(event, 1);
		}
		var attendee = new Attendee(this, details, person, walkIn);
		attendees.add(attendee);
		return attendee;
	}

	/**
	 * First half of a substitution: frees the attendee's place (flush before
	 * {@link #substitute}, so the database sees the person leave before another arrives).
	 */
	void vacate(long attendeeId, AttendeeDetails replacement, PersonId person) {
		requireLive();
		var old = attendee(attendeeId);
		for (var attendee : attendees) {
			if (attendee != old && attendee.isPerson(person)) {
				throw new EventConflict("email", "events.attendee.duplicate", replacement.name());
			}
		}
		attendees.remove(old);
	}

	/**
	 * Second half: another person takes the freed place; seats and place stay as they
	 * were.
	 */
	Attendee substitute(AttendeeDetails details, PersonId person) {
		requireLive();
		var replacement = new Attendee(this, details, person, false);
		if (!isTeam() && details.email() != null) {
			this.contactEmail = details.email();
		}
		attendees.add(replacement);
		return replacement;
	}

	void removeAttendee(long attendeeId) {
		requireLive();
		attendees.remove(attendee(attendeeId));
	}

	/**
	 * Sets the number of seats; never fewer than the attendees named. A confirmed
	 * registration grows only into free seats and frees the ones it gives up.
	 */
	void resize(Event event, int newSeats) {
		requireLive();
		if (!isTeam()) {
			throw new EventRuleViolation("seats", "events.registration.individual");
		}
		if (newSeats < 1) {
			throw new EventRuleViolation("seats", "events.registration.seats.min");
		}
		if (newSeats < attendees.size()) {
			throw new EventRuleViolation("seats", "events.registration.seats.belowNamed", attendees.size());
		}
		if (newSeats > seats) {
			grow(event, newSeats - seats);
		}
		else {
			if (status == RegistrationStatus.CONFIRMED) {
				event.releaseSeats(seats - newSeats);
			}
			seats = newSeats;
		}
	}

	private void grow(Event event, int more) {
		if (status == RegistrationStatus.CONFIRMED) {
			if (!event.hasRoomFor(more)) {
				throw new EventRuleViolation("seats", "events.registration.noRoom", event.seatsLeft());
			}
			event.takeSeats(more);
		}
		seats += more;
	}

	/** Moves from the waitlist into seats the caller has checked are free. */
	void promote(Event event, Instant now) {
		if (status != RegistrationStatus.WAITLISTED) {
			throw new IllegalStateException("Registration " + id + " is not waitlisted");
		}
		event.takeSeats(seats);
		status = RegistrationStatus.CONFIRMED;
		confirmedAt = now;
	}

	/** Gives the place up; confirmed seats go back to the event. */
	void cancel(Event event, Instant now) {
		requireLive();
		if (status == RegistrationStatus.CONFIRMED) {
			event.releaseSeats(seats);
		}
		status = RegistrationStatus.CANCELLED;
		cancelledAt = now;
		activeTeamId = null;
		activePersonId = null;
		attendees.forEach(Attendee::release);
	}

	/** The event was cancelled: the seats are gone with it. */
	public void cancelWithEvent(Instant now) {
		if (status == RegistrationStatus.CANCELLED) {
			return;
		}
		status = RegistrationStatus.CANCELLED;
		cancelledAt = now;
		activeTeamId = null;
		activePersonId = null;
		attendees.forEach(Attendee::release);
	}

	public Fee fee(Event event) {
		return Fee.of(seats, complimentaryAllowance, event.getFeeCents(), payment.adjustmentCents(), payment.waived());
	}

	private void requireLive() {
		if (status == RegistrationStatus.CANCELLED) {
			throw new EventRuleViolation(null, "events.registration.cancelled");
		}
	}

	public Attendee attendee(long attendeeId) {
		return attendees.stream()
			.filter(a -> a.getId() != null && a.getId() == attendeeId)
			.findFirst()
			.orElseThrow(() -> new app.accord.shared.NotFoundException("No attendee " + attendeeId));
	}

	public boolean isTeam() {
		return teamId != null;
	}

	public boolean isConfirmed() {
		return status == RegistrationStatus.CONFIRMED;
	}

	boolean isWaitlisted() {
		return status == RegistrationStatus.WAITLISTED;
	}

	public boolean isLive() {
		return status != RegistrationStatus.CANCELLED;
	}

	public Long getId() {
		return id;
	}

	long getEventId() {
		return eventId;
	}

	public TeamId getTeamId() {
		return teamId == null ? null : new TeamId(teamId);
	}

	String getTeamName() {
		return teamName;
	}

	public PersonId getPersonId() {
		return personId == null ? null : new PersonId(personId);
	}

	public String getContactEmail() {
		return contactEmail;
	}

	int getEstimatedSize() {
		return estimatedSize;
	}

	int getSeats() {
		return seats;
	}

	int getComplimentaryAllowance() {
		return complimentaryAllowance;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public String getInvoiceNumber() {
		return invoiceNumber;
	}

	public Payment getPayment() {
		return payment;
	}

	public String getAccessToken() {
		return accessToken;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	public List<Attendee> getAttendees() {
		return List.copyOf(attendees);
	}

	/**
	 * Who is attending in this registration's name; a person registering alone is their
	 * own attendee.
	 */
	public String displayName() {
		return displayName(attendees.isEmpty() ? null : attendees.get(0).getName());
	}

	/** The same, given the name of its first attendee (or {@code null} for none). */
	String displayName(String firstAttendee) {
		if (teamName != null) {
			return teamName;
		}
		return firstAttendee == null ? contactEmail : firstAttendee;
	}

}
