package app.accord.outreach;

import java.util.List;
import java.util.Objects;

/**
 * One email as a module wants it sent: plain text always, HTML optionally, and
 * attachments such as a calendar file.
 */
public record OutgoingMail(String to, String subject, String text, String html, List<Attachment> attachments) {

	public OutgoingMail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public static OutgoingMail text(String to, String subject, String text) {
		return new OutgoingMail(to, subject, text, null, List.of());
	}

	public OutgoingMail withAttachment(Attachment attachment) {
		var all = new java.util.ArrayList<>(attachments);
		all.add(attachment);
		return new OutgoingMail(to, subject, text, html, all);
	}

	public record Attachment(String filename, String contentType, byte[] content) {
	}

}
