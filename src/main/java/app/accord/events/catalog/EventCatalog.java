package app.accord.events.catalog;

import app.accord.events.mail.EventMail;
import app.accord.events.registration.RegistrationRepository;
import app.accord.events.registration.Registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import app.accord.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff create, edit, publish and cancel events; anyone reads the published ones. */
@Service
public class EventCatalog {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final Registrations registering;

	private final EventMail mail;

	private final Clock clock;

	EventCatalog(EventRepository events, RegistrationRepository registrations, Registrations registering,
			EventMail mail, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.registering = registering;
		this.mail = mail;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public long create(EventDetails details) {
		EventRules.refuse(EventRules.deadline(details.complimentaryDeadline(), null, LocalDate.now(clock)));
		return events.saveAndFlush(new Event(details, clock.instant())).getId();
	}

	/** Edits the event; more capacity promotes from the waitlist at once. */
	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public void update(long id, EventDetails details) {
		var event = lock(id);
		EventRules.refuse(EventRules.deadline(details.complimentaryDeadline(), event.getComplimentaryDeadline(),
				LocalDate.now(clock)));
		event.apply(details);
		registering.promote(event);
	}

	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public void publish(long id) {
		lock(id).publish();
	}

	/** Cancels the event and tells everyone registered, with a calendar cancellation. */
	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public int cancel(long id) {
		var event = lock(id);
		event.cancel(clock.instant());
		var told = 0;
		for (var registration : registrations.ofEvent(id)) {
			if (registration.isLive()) {
				registration.cancelWithEvent(clock.instant());
				mail.eventCancelled(registration, event);
				told++;
			}
		}
		return told;
	}

	/** A published or cancelled event for anyone; a draft only for staff. */
	@Transactional(readOnly = true)
	public Event visible(long id, boolean staff) {
		var event = events.require(id);
		if (!staff && event.getStatus() == EventStatus.DRAFT) {
			throw new NotFoundException("No event " + id);
		}
		return event;
	}

	@Transactional(readOnly = true)
	public List<Event> published() {
		return events.listed();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<Event> all() {
		return events.newestFirst();
	}

	private Event lock(long id) {
		return events.requireLocked(id);
	}

}
