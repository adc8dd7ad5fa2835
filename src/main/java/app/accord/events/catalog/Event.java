package app.accord.events.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import app.accord.directory.Region;
import app.accord.events.EventId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A convening people register for. Its seat counter changes only while its row is locked
 * ({@link EventRepository#lock}), so capacity holds on every node.
 */
@Entity
@Table(name = "event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Enumerated(EnumType.STRING)
	private EventFormat format;

	private String region;

	private String venue;

	private String address;

	private String onlineUrl;

	private LocalDateTime startsAt;

	private LocalDateTime endsAt;

	private String description;

	private String topics;

	private LocalDate registrationOpensOn;

	private LocalDate registrationClosesOn;

	private int capacity;

	private int seatsTaken;

	@Enumerated(EnumType.STRING)
	private RegistrationMode registrationMode;

	private long feeCents;

	private int complimentarySeats;

	private LocalDate complimentaryDeadline;

	private int reminderDaysBefore;

	private Instant reminderSentAt;

	@Enumerated(EnumType.STRING)
	private EventStatus status;

	private Instant createdAt;

	private Instant cancelledAt;

	protected Event() {
	}

	public Event(EventDetails details, Instant now) {
		this.status = EventStatus.DRAFT;
		this.createdAt = now;
		apply(details);
	}

	/**
	 * Takes the details over once they are consistent; capacity never drops below the
	 * seats taken.
	 */
	void apply(EventDetails d) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleViolation(null, "events.event.cancelledNoChange");
		}
		EventRules.refuse(EventRules.across(d));
		if (d.capacity() < seatsTaken) {
			throw new EventRuleViolation("capacity", "events.event.capacityBelowTaken", seatsTaken);
		}
		if (d.feeCents() < 0) {
			throw new EventRuleViolation("fee", "events.event.fee.negative");
		}
		this.title = d.title().trim();
		this.kind = d.kind();
		this.format = d.format();
		this.region = d.region() == null ? null : d.region().slug();
		this.venue = d.format().hasVenue() ? EventDetails.trimToNull(d.venue()) : null;
		this.address = d.format().hasVenue() ? EventDetails.trimToNull(d.address()) : null;
		this.onlineUrl = d.format().hasOnlineLink() ? EventDetails.trimToNull(d.onlineUrl()) : null;
		this.startsAt = d.startsAt();
		this.endsAt = d.endsAt();
		this.description = EventDetails.trimToNull(d.description());
		this.topics = EventDetails.trimToNull(d.topics());
		this.registrationOpensOn = d.registrationOpensOn();
		this.registrationClosesOn = d.registrationClosesOn();
		this.capacity = d.capacity();
		this.registrationMode = d.mode();
		this.feeCents = d.feeCents();
		this.complimentarySeats = d.complimentarySeats();
		this.complimentaryDeadline = d.complimentaryDeadline();
		this.reminderDaysBefore = d.reminderDaysBefore();
	}

	public void publish() {
		if (status != EventStatus.DRAFT) {
			throw new EventRuleViolation(null, "events.event.notDraft");
		}
		status = EventStatus.PUBLISHED;
	}

	void cancel(Instant now) {
		if (status == EventStatus.CANCELLED) {
			throw new EventRuleViolation(null, "events.event.alreadyCancelled");
		}
		status = EventStatus.CANCELLED;
		cancelledAt = now;
		seatsTaken = 0;
	}

	/**
	 * Why a registration could not be taken today, or {@code null} when it can. Staff may
	 * register teams outside the window.
	 */
	public String refusalOnRegister(LocalDate today, boolean staff) {
		if (status == EventStatus.CANCELLED) {
			return "events.register.cancelled";
		}
		if (status != EventStatus.PUBLISHED) {
			return "events.register.notPublished";
		}
		if (!staff && today.isBefore(registrationOpensOn)) {
			return "events.register.notOpenYet";
		}
		if (!staff && today.isAfter(registrationClosesOn)) {
			return "events.register.closed";
		}
		return null;
	}

	/** Complimentary seats a team secures by stating its intent on that day. */
	public int complimentaryAllowanceOn(LocalDate day) {
		var deadline = complimentaryDeadline != null ? complimentaryDeadline : registrationClosesOn;
		return day.isAfter(deadline) ? 0 : complimentarySeats;
	}

	public boolean hasRoomFor(int seats) {
		return seatsTaken + seats <= capacity;
	}

	public int seatsLeft() {
		return Math.max(0, capacity - seatsTaken);
	}

	public void takeSeats(int seats) {
		if (!hasRoomFor(seats)) {
			throw new IllegalStateException("Event " + id + " has no room for " + seats + " seats");
		}
		seatsTaken += seats;
	}

	public void releaseSeats(int seats) {
		seatsTaken = Math.max(0, seatsTaken - seats);
	}

	public boolean isPublished() {
		return status == EventStatus.PUBLISHED;
	}

	public boolean isCancelled() {
		return status == EventStatus.CANCELLED;
	}

	public boolean isPast(LocalDateTime now) {
		return endsAt.isBefore(now);
	}

	EventId eventId() {
		return new EventId(id);
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public EventKind getKind() {
		return kind;
	}

	public EventFormat getFormat() {
		return format;
	}

	public Region getRegion() {
		return Region.parse(region).orElse(null);
	}

	public String getVenue() {
		return venue;
	}

	public String getAddress() {
		return address;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public String getDescription() {
		return description;
	}

	public String getTopics() {
		return topics;
	}

	public LocalDate getRegistrationOpensOn() {
		return registrationOpensOn;
	}

	public LocalDate getRegistrationClosesOn() {
		return registrationClosesOn;
	}

	public int getCapacity() {
		return capacity;
	}

	public int getSeatsTaken() {
		return seatsTaken;
	}

	public RegistrationMode getRegistrationMode() {
		return registrationMode;
	}

	public long getFeeCents() {
		return feeCents;
	}

	public int getComplimentarySeats() {
		return complimentarySeats;
	}

	public LocalDate getComplimentaryDeadline() {
		return complimentaryDeadline;
	}

	public int getReminderDaysBefore() {
		return reminderDaysBefore;
	}

	public EventStatus getStatus() {
		return status;
	}

	EventDetails details() {
		return new EventDetails(title, kind, format, getRegion(), venue, address, onlineUrl, startsAt, endsAt,
				description, topics, registrationOpensOn, registrationClosesOn, capacity, registrationMode, feeCents,
				complimentarySeats, complimentaryDeadline, reminderDaysBefore);
	}

}
