package app.accord.directory.imports;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file a staff member uploaded to re-import LEAs. It is kept in the database between
 * the preview and the confirmation, so the node that applies it need not be the one that
 * received it.
 */
@Entity
@Table(name = "directory_import")
public class ImportFile {

	@Id
	private UUID id;

	private String filename;

	@Column(name = "content")
	private byte[] content;

	private String uploadedBy;

	private Instant uploadedAt;

	private String appliedBy;

	private Instant appliedAt;

	private Integer addedCount;

	private Integer changedCount;

	private Integer flaggedCount;

	protected ImportFile() {
	}

	ImportFile(String filename, byte[] content, String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.filename = filename;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	void markApplied(String by, Instant now, int added, int changed, int flagged) {
		this.appliedBy = by;
		this.appliedAt = now;
		this.addedCount = added;
		this.changedCount = changed;
		this.flaggedCount = flagged;
	}

	public UUID getId() {
		return this.id;
	}

	public String getFilename() {
		return this.filename;
	}

	byte[] getContent() {
		return this.content;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getAppliedBy() {
		return this.appliedBy;
	}

	public Instant getAppliedAt() {
		return this.appliedAt;
	}

	public boolean isApplied() {
		return this.appliedAt != null;
	}

	public Integer getAddedCount() {
		return this.addedCount;
	}

	public Integer getChangedCount() {
		return this.changedCount;
	}

	public Integer getFlaggedCount() {
		return this.flaggedCount;
	}

}
