package app.accord.outreach.delivery;

import java.nio.charset.StandardCharsets;

import app.accord.outreach.delivery.OutboxStore.StoredMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands messages to the SMTP server, if there is one: Spring Boot provides a
 * {@link JavaMailSender} only when {@code spring.mail.host} is set.
 */
@Component
public class MailTransport {

	/** Lets a recipient who receives a message twice recognize (and deduplicate) it. */
	static final String OUTBOX_ID_HEADER = "X-Accord-Outbox-Id";

	private final JavaMailSender sender;

	private final InternetAddress from;

	MailTransport(ObjectProvider<JavaMailSender> sender, OutboxProperties properties) {
		this.sender = sender.getIfAvailable();
		try {
			this.from = new InternetAddress(properties.from(), true);
		}
		catch (AddressException ex) {
			throw new IllegalStateException("accord.mail.from is not a valid address: " + properties.from(), ex);
		}
	}

	public boolean smtpConfigured() {
		return sender != null;
	}

	public String from() {
		return from.toUnicodeString();
	}

	void send(StoredMail mail) {
		var message = sender.createMimeMessage();
		try {
			var multipart = mail.html() != null || !mail.attachments().isEmpty();
			var helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setSentDate(java.util.Date.from(mail.createdAt()));
			if (mail.html() != null) {
				helper.setText(mail.text(), mail.html());
			}
			else {
				helper.setText(mail.text());
			}
			for (var attachment : mail.attachments()) {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			message.setHeader(OUTBOX_ID_HEADER, Long.toString(mail.id()));
			// Stable across attempts: the same message sent again keeps its Message-ID.
			message.setHeader("Message-ID", "<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@"
					+ from.getAddress().substring(from.getAddress().indexOf('@') + 1) + ">");
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not prepare outbox message " + mail.id(), ex);
		}
		sender.send(message);
	}

}
