package app.accord.outreach.delivery;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * What a recipient's mail program would show of a message: its text, HTML and
 * attachments.
 */
record ReceivedMail(String subject, String outboxId, String text, String html, Map<String, byte[]> attachments) {

	static ReceivedMail of(MimeMessage message) {
		try {
			var parts = new Parts();
			parts.collect(message);
			var ids = message.getHeader(MailTransport.OUTBOX_ID_HEADER);
			return new ReceivedMail(message.getSubject(), ids == null ? null : ids[0], parts.text, parts.html,
					parts.attachments);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Parts {

		String text;

		String html;

		final Map<String, byte[]> attachments = new LinkedHashMap<>();

		void collect(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				var multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i));
				}
			}
			else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
			else if (part.isMimeType("text/plain")) {
				text = part.getContent().toString().replace("\r\n", "\n");
			}
			else if (part.isMimeType("text/html")) {
				html = part.getContent().toString().replace("\r\n", "\n");
			}
		}

	}

}
