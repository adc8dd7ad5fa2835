package app.accord.events.agenda;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventDetails;
import app.accord.events.catalog.EventRuleViolation;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A workshop on the agenda; sessions starting at the same time run concurrently in one
 * slot.
 */
@Entity
@Table(name = "event_session")
public class AgendaSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long eventId;

	private String title;

	private String presenters;

	private String room;

	private LocalDateTime startsAt;

	private LocalDateTime endsAt;

	private int capacity;

	protected AgendaSession() {
	}

	AgendaSession(Event event, String title, String presenters, String room, LocalDateTime startsAt,
			LocalDateTime endsAt, int capacity) {
		if (!endsAt.isAfter(startsAt)) {
			throw new EventRuleViolation("endsAt", "events.session.endsBeforeStart");
		}
		if (startsAt.isBefore(event.getStartsAt()) || endsAt.isAfter(event.getEndsAt())) {
			throw new EventRuleViolation("startsAt", "events.session.outsideEvent");
		}
		this.eventId = event.getId();
		this.title = title.trim();
		this.presenters = EventDetails.trimToNull(presenters);
		this.room = EventDetails.trimToNull(room);
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.capacity = capacity;
	}

	public Long getId() {
		return id;
	}

	public long getEventId() {
		return eventId;
	}

	public String getTitle() {
		return title;
	}

	public String getPresenters() {
		return presenters;
	}

	public String getRoom() {
		return room;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public int getCapacity() {
		return capacity;
	}

}
