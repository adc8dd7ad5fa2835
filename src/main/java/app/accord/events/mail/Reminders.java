package app.accord.events.mail;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventRepository;
import app.accord.events.registration.RegistrationRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails every confirmed registration of an event its configured number of days before it
 * starts. Safe on several nodes: the node whose conditional update marks the event's
 * reminder as sent writes the emails in that same transaction; the others skip it.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventMail mail;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Reminders(EventRepository events, RegistrationRepository registrations, EventMail mail, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.events = events;
		this.registrations = registrations;
		this.mail = mail;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Scheduled(fixedDelayString = "${accord.events.reminder-interval:15m}",
			initialDelayString = "${accord.events.reminder-interval:15m}")
	void scheduled() {
		sendDue();
	}

	/** Sends the reminders that are due; returns how many events were reminded. */
	int sendDue() {
		var today = LocalDate.now(clock);
		var due = transactions.execute(status -> events.awaitingReminder(LocalDateTime.now(clock))
			.stream()
			.filter(e -> !e.getStartsAt().toLocalDate().minusDays(e.getReminderDaysBefore()).isAfter(today))
			.map(Event::getId)
			.toList());
		var sent = 0;
		for (var id : due) {
			var reminded = transactions.execute(status -> {
				if (events.markReminderSent(id, clock.instant()) == 0) {
					return false;
				}
				var event = events.findById(id).orElseThrow();
				for (var registration : registrations.ofEvent(id)) {
					if (registration.isConfirmed()) {
						mail.reminder(registration, event);
					}
				}
				return true;
			});
			if (Boolean.TRUE.equals(reminded)) {
				sent++;
				log.info("Sent the reminders of event {}", id);
			}
		}
		return sent;
	}

}
