package app.accord.outreach.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.accord.outreach.OutgoingMail;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One email in the outbox. JPA writes it (enqueue, retry); the delivery worker moves it
 * through its states with plain SQL, see {@link OutboxStore}.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	@Column(name = "text_body")
	private String textBody;

	@Column(name = "html_body")
	private String htmlBody;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String claimOwner;

	private Instant claimExpiresAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	@OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<OutboxAttachment> attachments = new ArrayList<>();

	protected OutboxMessage() {
	}

	static OutboxMessage pending(OutgoingMail mail, Instant now) {
		var message = new OutboxMessage();
		message.recipient = mail.to().strip();
		message.subject = mail.subject();
		message.textBody = mail.text();
		message.htmlBody = mail.html();
		message.status = MailStatus.PENDING;
		message.nextAttemptAt = now;
		message.createdAt = now;
		for (var attachment : mail.attachments()) {
			message.attachments.add(new OutboxAttachment(message, attachment));
		}
		return message;
	}

	/**
	 * Gives a message that failed for good a fresh set of attempts, starting now.
	 * @throws IllegalStateException if the message has not failed
	 */
	void retryNow(Instant now) {
		if (status != MailStatus.FAILED) {
			throw new IllegalStateException("Only a failed message can be retried; message " + id + " is " + status);
		}
		status = MailStatus.PENDING;
		attempts = 0;
		nextAttemptAt = now;
		claimOwner = null;
		claimExpiresAt = null;
	}

	Long getId() {
		return id;
	}

	String getRecipient() {
		return recipient;
	}

	String getSubject() {
		return subject;
	}

	String getTextBody() {
		return textBody;
	}

	String getHtmlBody() {
		return htmlBody;
	}

	MailStatus getStatus() {
		return status;
	}

	int getAttempts() {
		return attempts;
	}

	Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	String getLastError() {
		return lastError;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getSentAt() {
		return sentAt;
	}

}
