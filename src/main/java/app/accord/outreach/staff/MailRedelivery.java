package app.accord.outreach.staff;

import java.time.Clock;

import app.accord.outreach.delivery.OutboxMessages;
import app.accord.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff send a message that failed for good once more, e.g. after fixing the mail
 * server's configuration.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class MailRedelivery {

	private final OutboxMessages messages;

	private final Clock clock = Clock.systemUTC();

	MailRedelivery(OutboxMessages messages) {
		this.messages = messages;
	}

	/**
	 * Queues a FAILED message for immediate delivery with a fresh set of attempts.
	 * @throws IllegalStateException if the message is not FAILED (anymore)
	 */
	@Transactional
	public void retryNow(long id) {
		messages.lockById(id)
			.orElseThrow(() -> new NotFoundException("No outgoing mail " + id))
			.retryNow(clock.instant());
	}

}
