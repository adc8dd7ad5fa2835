package app.accord.events.registration;

import app.accord.events.catalog.EventRepository;
import app.accord.events.mail.EventMail;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The emails of a seat change, written to the outbox after the change is committed, so
 * that composing them (texts, calendar files, check-in codes) does not hold the event's
 * lock. The change publishes a {@link Notice} in its transaction; the event publication
 * registry stores it with the change, and a notice whose emails were not written (a crash
 * between the two transactions) is written again when the registry resubmits it.
 */
@Component
public class RegistrationNotices {

	/** What a registration's contact or an attendee is told. */
	enum Kind {

		CONFIRMED, PROMOTED, WAITLISTED, CANCELLED, ATTENDEE_CONFIRMED, ALREADY_REGISTERED

	}

	/**
	 * One notice per change, naming the attendees it concerns (a confirmation tells each
	 * attendee named at that moment), so the registry stores one row per change.
	 */
	record Notice(long registrationId, Kind kind, List<Long> attendeeIds) {

		static Notice of(Registration registration, Kind kind) {
			return new Notice(registration.getId(), kind, List.of());
		}

		static Notice attendee(Registration registration, Attendee attendee) {
			return new Notice(registration.getId(), Kind.ATTENDEE_CONFIRMED, List.of(attendee.getId()));
		}

	}

	public static final String EXECUTOR = "registrationNoticeExecutor";

	private final ApplicationEventPublisher publisher;

	private final RegistrationRepository registrations;

	private final EventRepository events;

	private final EventMail mail;

	RegistrationNotices(ApplicationEventPublisher publisher, RegistrationRepository registrations,
			EventRepository events, EventMail mail) {
		this.publisher = publisher;
		this.registrations = registrations;
		this.events = events;
		this.mail = mail;
	}

	@Bean(EXECUTOR)
	static ThreadPoolTaskExecutor registrationNoticeExecutor(@Value("${accord.events.notice-threads:2}") int threads) {
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("registration-notice-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	/**
	 * A registration confirmed (at once or from the waitlist) or waitlisted: its contact
	 * is told, and each named attendee of a confirmed one gets their own place.
	 */
	void announce(Registration registration, boolean promoted) {
		if (registration.isConfirmed()) {
			publisher.publishEvent(new Notice(registration.getId(), promoted ? Kind.PROMOTED : Kind.CONFIRMED,
					registration.getAttendees().stream().map(Attendee::getId).toList()));
		}
		else {
			publisher.publishEvent(Notice.of(registration, Kind.WAITLISTED));
		}
	}

	void attendeeConfirmed(Registration registration, Attendee attendee) {
		publisher.publishEvent(Notice.attendee(registration, attendee));
	}

	void alreadyRegistered(Registration registration) {
		publisher.publishEvent(Notice.of(registration, Kind.ALREADY_REGISTERED));
	}

	void cancelled(Registration registration) {
		publisher.publishEvent(Notice.of(registration, Kind.CANCELLED));
	}

	/**
	 * Writes a notice's emails once its change is committed. The texts are composed from
	 * the registration as it is now; the kind says what happened.
	 */
	@Async(EXECUTOR)
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void write(Notice notice) {
		var registration = registrations.findById(notice.registrationId()).orElse(null);
		if (registration == null) {
			return;
		}
		var event = events.findById(registration.getEventId()).orElseThrow();
		switch (notice.kind()) {
			case CONFIRMED -> mail.confirmed(registration, event, false);
			case PROMOTED -> mail.confirmed(registration, event, true);
			case WAITLISTED -> mail.waitlisted(registration, event);
			case CANCELLED -> mail.registrationCancelled(registration, event);
			case ALREADY_REGISTERED -> mail.alreadyRegistered(registration, event);
			case ATTENDEE_CONFIRMED -> {
				// Only the attendees, below.
			}
		}
		for (var attendee : registration.getAttendees()) {
			if (notice.attendeeIds().contains(attendee.getId())) {
				mail.attendeeConfirmed(attendee, registration, event);
			}
		}
	}

}
