package app.accord.outreach.staff;

import java.time.Instant;

import app.accord.outreach.delivery.MailStatus;

/**
 * A line of the Outgoing mail page: everything but the bodies.
 */
public record MailSummary(long id, String recipient, String subject, MailStatus status, int attempts,
		Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	/**
	 * Whether the worker will still try to deliver it, so the next attempt means
	 * something.
	 */
	public boolean waiting() {
		return status == MailStatus.PENDING || status == MailStatus.SENDING;
	}

}
