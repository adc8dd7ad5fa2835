package app.accord.outreach.staff;

import java.time.ZoneId;
import java.util.Locale;

import app.accord.outreach.delivery.MailStatus;
import app.accord.outreach.delivery.MailTransport;
import app.accord.outreach.delivery.OutboxMessages;
import app.accord.shared.NotFoundException;
import app.accord.shared.web.Dates;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff see of the outbox on the Outgoing mail page. Staff only: messages carry
 * personal data and sign-in links.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
@Transactional(readOnly = true)
public class MailQueries {

	public static final int PAGE_SIZE = 25;

	private final OutboxMessages messages;

	private final JdbcClient jdbc;

	private final MailTransport transport;

	private final Dates dates;

	MailQueries(OutboxMessages messages, JdbcClient jdbc, MailTransport transport, Dates dates) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.transport = transport;
		this.dates = dates;
	}

	/**
	 * Newest first, optionally only those in one status and those whose recipient
	 * contains {@code recipient} (ignoring case).
	 */
	public Page<MailSummary> find(MailStatus status, String recipient, int page) {
		var pattern = recipient == null || recipient.isBlank() ? null
				: "%" + escapeLike(recipient.strip().toLowerCase(Locale.ROOT)) + "%";
		return messages.search(status, pattern, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
	}

	public MailDetail get(long id) {
		var message = messages.findById(id).orElseThrow(() -> new NotFoundException("No outgoing mail " + id));
		var summary = new MailSummary(message.getId(), message.getRecipient(), message.getSubject(),
				message.getStatus(), message.getAttempts(), message.getNextAttemptAt(), message.getLastError(),
				message.getCreatedAt(), message.getSentAt());
		return new MailDetail(summary, transport.from(), message.getTextBody(), message.getHtmlBody() != null,
				attachments(id));
	}

	public AttachmentFile attachment(long messageId, long attachmentId) {
		return messages.attachment(messageId, attachmentId)
			.map(a -> new AttachmentFile(a.getFilename(), a.getContentType(), a.getContent()))
			.orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + " of mail " + messageId));
	}

	// SQL, because the size is computed without loading the content.
	private java.util.List<AttachmentInfo> attachments(long messageId) {
		return jdbc
			.sql("SELECT id, filename, content_type, OCTET_LENGTH(content) AS size FROM outbox_attachment "
					+ "WHERE message_id = ? ORDER BY id")
			.param(messageId)
			.query(AttachmentInfo.class)
			.list();
	}

	/** Without an SMTP server mail is kept here instead of being sent. */
	public boolean smtpConfigured() {
		return transport.smtpConfigured();
	}

	public ZoneId timeZone() {
		return dates.zone();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
