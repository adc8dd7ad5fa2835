package app.accord.outreach.delivery;

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
public class OutboxMessage {

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
	public void retryNow(Instant now) {
		if (status != MailStatus.FAILED) {
			throw new IllegalStateException("Only a failed message can be retried; message " + id + " is " + status);
		}
		status = MailStatus.PENDING;
		attempts = 0;
		nextAttemptAt = now;
		claimOwner = null;
		claimExpiresAt = null;
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getTextBody() {
		return textBody;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public MailStatus getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
