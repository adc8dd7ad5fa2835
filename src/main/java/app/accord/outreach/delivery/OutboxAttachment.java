package app.accord.outreach.delivery;

import app.accord.outreach.OutgoingMail;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file sent with an outbox message, such as a calendar invitation.
 */
@Entity
@Table(name = "outbox_attachment")
public class OutboxAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "message_id")
	private OutboxMessage message;

	private String filename;

	private String contentType;

	private byte[] content;

	protected OutboxAttachment() {
	}

	OutboxAttachment(OutboxMessage message, OutgoingMail.Attachment attachment) {
		this.message = message;
		this.filename = attachment.filename();
		this.contentType = attachment.contentType();
		this.content = attachment.content().clone();
	}

	Long getId() {
		return id;
	}

	public String getFilename() {
		return filename;
	}

	public String getContentType() {
		return contentType;
	}

	public byte[] getContent() {
		return content;
	}

}
