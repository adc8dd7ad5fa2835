package app.accord.outreach.delivery;

import java.time.Clock;

import app.accord.outreach.Outbox;
import app.accord.outreach.OutgoingMail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores mail in the caller's transaction; {@link DeliveryWorker} sends it after commit.
 */
@Service
class JpaOutbox implements Outbox {

	static final int MAX_SUBJECT = 1000;

	/**
	 * What one message may carry in attachments, so one message cannot exhaust a node.
	 */
	static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

	private final OutboxMessages messages;

	private final Clock clock = Clock.systemUTC();

	JpaOutbox(OutboxMessages messages) {
		this.messages = messages;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public long enqueue(OutgoingMail mail) {
		validate(mail);
		return messages.save(OutboxMessage.pending(mail, clock.instant())).getId();
	}

	static void validate(OutgoingMail mail) {
		checkRecipient(mail.to());
		if (mail.subject().isBlank() || mail.subject().length() > MAX_SUBJECT) {
			throw new IllegalArgumentException("The subject must have 1 to " + MAX_SUBJECT + " characters");
		}
		// A line break in a header could smuggle in further headers.
		if (mail.subject().indexOf('\r') >= 0 || mail.subject().indexOf('\n') >= 0) {
			throw new IllegalArgumentException("The subject must be a single line");
		}
		long size = 0;
		for (var attachment : mail.attachments()) {
			if (attachment == null || attachment.filename() == null || attachment.filename().isBlank()
					|| attachment.filename().length() > 255 || attachment.content() == null) {
				throw new IllegalArgumentException(
						"An attachment needs a file name (at most 255 characters) and content");
			}
			checkContentType(attachment.contentType());
			size += attachment.content().length;
		}
		if (size > MAX_ATTACHMENT_BYTES) {
			throw new IllegalArgumentException("Attachments may take at most " + MAX_ATTACHMENT_BYTES + " bytes");
		}
	}

	private static void checkRecipient(String to) {
		var address = to.strip();
		try {
			var parsed = new InternetAddress(address, true);
			// One plain address: no display name, no group, no list; the domain needs a
			// dot.
			if (!parsed.getAddress().equals(address) || parsed.isGroup() || address.length() > 320
					|| !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				throw new AddressException("not a single plain address");
			}
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not a valid email address: '" + to + "'");
		}
	}

	private static void checkContentType(String contentType) {
		try {
			if (contentType == null || contentType.length() > 255
					|| new ContentType(contentType).getSubType() == null) {
				throw new ParseException("missing");
			}
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Not a valid content type for an attachment: '" + contentType + "'");
		}
	}

}
