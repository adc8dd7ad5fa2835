package app.accord.outreach.staff;

import java.time.Instant;
import java.util.List;

import app.accord.outreach.delivery.MailStatus;

/**
 * One outbox message as staff read it.
 */
public record MailDetail(MailSummary summary, String from, String text, boolean hasHtml,
		List<AttachmentInfo> attachments) {

	public boolean retryable() {
		return summary.status() == MailStatus.FAILED;
	}

	public long id() {
		return summary.id();
	}

	public Instant createdAt() {
		return summary.createdAt();
	}

}
