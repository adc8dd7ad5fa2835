package app.accord.events;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventDetails;
import app.accord.events.catalog.EventFormat;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.RegistrationMode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import app.accord.directory.Region;

/**
 * Builds events for tests, open for registration today:
 * {@code EventMother.event().capacity(8).build()}. Unsaved unless a test saves it.
 */
public final class EventMother {

	public static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

	private String title = "Summer Institute";

	private EventKind kind = EventKind.SUMMER_INSTITUTE;

	private EventFormat format = EventFormat.IN_PERSON;

	private Region region = Region.NORTHERN_CALIFORNIA;

	private int capacity = 100;

	private RegistrationMode mode = RegistrationMode.BOTH;

	private long feeCents = 5000;

	private int complimentarySeats = 4;

	private LocalDate complimentaryDeadline = TODAY.plusDays(10);

	private LocalDate opensOn = TODAY.minusDays(10);

	private LocalDate closesOn = TODAY.plusDays(30);

	private LocalDate startsOn = TODAY.plusDays(40);

	private boolean published = true;

	public static EventMother event() {
		return new EventMother();
	}

	public EventMother titled(String title) {
		this.title = title;
		return this;
	}

	public EventMother kind(EventKind kind) {
		this.kind = kind;
		return this;
	}

	public EventMother region(Region region) {
		this.region = region;
		return this;
	}

	public EventMother capacity(int capacity) {
		this.capacity = capacity;
		return this;
	}

	public EventMother mode(RegistrationMode mode) {
		this.mode = mode;
		return this;
	}

	public EventMother fee(long cents) {
		this.feeCents = cents;
		return this;
	}

	/** The complimentary deadline has passed: every seat is paid. */
	public EventMother pastComplimentaryDeadline() {
		this.complimentaryDeadline = TODAY.minusDays(1);
		return this;
	}

	public EventMother registrationClosed() {
		this.opensOn = TODAY.minusDays(20);
		this.closesOn = TODAY.minusDays(1);
		this.complimentaryDeadline = TODAY.minusDays(5);
		return this;
	}

	public EventMother inThePast() {
		this.opensOn = TODAY.minusDays(60);
		this.closesOn = TODAY.minusDays(35);
		this.complimentaryDeadline = null;
		this.startsOn = TODAY.minusDays(30);
		return this;
	}

	EventMother draft() {
		this.published = false;
		return this;
	}

	public EventDetails details() {
		return new EventDetails(title, kind, format, region, "Sacramento Convention Center", "1400 J St, Sacramento",
				null, startsOn.atTime(9, 0), startsOn.plusDays(1).atTime(16, 0), "Two days of learning, together.",
				"Collaboration; trust", opensOn, closesOn, capacity, mode, feeCents, complimentarySeats,
				complimentaryDeadline, 3);
	}

	public Event build() {
		var event = new Event(details(), Instant.parse("2026-01-01T00:00:00Z"));
		if (published) {
			event.publish();
		}
		return event;
	}

}
