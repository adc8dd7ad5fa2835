package app.accord.library.catalog;

import app.accord.library.uploads.FileStore;
import app.accord.library.uploads.FileType;
import app.accord.library.search.IndexState;
import app.accord.library.uploads.StoredFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A library resource: metadata and either an uploaded file (kept in the {@link FileStore}
 * under a generated key) or an external link. The text extracted from the file is kept
 * here too, so the search index can be rebuilt from the database alone.
 */
@Entity
@Table(name = "library_resource")
public class Resource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private ResourceKind kind;

	private String language;

	private Long translationId;

	private String audience;

	private String authors;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String externalUrl;

	private String fileKey;

	private String fileName;

	@Enumerated(EnumType.STRING)
	private FileType fileType;

	private Long fileSize;

	private String extractedText;

	@Enumerated(EnumType.STRING)
	private IndexState indexState;

	private String indexProblem;

	private long downloads;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ManyToMany
	@JoinTable(name = "library_resource_topic", joinColumns = @JoinColumn(name = "resource_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new HashSet<>();

	protected Resource() {
	}

	public Resource(ResourceDetails details, Collection<Topic> topics, Instant now) {
		this.createdAt = now;
		this.indexState = IndexState.INDEXED;
		describe(details, topics, now);
	}

	void describe(ResourceDetails details, Collection<Topic> topics, Instant now) {
		this.title = details.title().strip();
		this.summary = blankToNull(details.summary());
		this.kind = details.kind();
		this.language = details.language().code();
		this.translationId = details.translationId();
		this.audience = blankToNull(details.audience());
		this.authors = blankToNull(details.authors());
		this.publishedOn = details.publishedOn();
		this.visibility = details.visibility();
		this.topics.clear();
		this.topics.addAll(topics);
		if (fileKey == null) {
			this.externalUrl = blankToNull(details.externalUrl());
		}
		this.updatedAt = now;
	}

	/** A new file replaces the link or the previous file; its text is to be extracted. */
	public void attach(StoredFile file, Instant now) {
		this.fileKey = file.key();
		this.fileName = file.originalName();
		this.fileType = file.type();
		this.fileSize = file.size();
		this.externalUrl = null;
		this.extractedText = null;
		this.indexProblem = null;
		this.indexState = file.type().hasText() ? IndexState.PENDING : IndexState.INDEXED;
		this.updatedAt = now;
	}

	public void extracted(String text, Instant now) {
		this.extractedText = text;
		this.indexState = IndexState.INDEXED;
		this.indexProblem = null;
		this.updatedAt = now;
	}

	public void extractionFailed(String problem, Instant now) {
		this.extractedText = null;
		this.indexState = IndexState.FAILED;
		this.indexProblem = problem;
		this.updatedAt = now;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public void linkTranslation(Long translationId) {
		this.translationId = translationId;
	}

	public boolean hasFile() {
		return fileKey != null;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public ResourceKind getKind() {
		return kind;
	}

	public ResourceLanguage getLanguage() {
		return ResourceLanguage.ofCode(language).orElseThrow();
	}

	public Long getTranslationId() {
		return translationId;
	}

	public String getAudience() {
		return audience;
	}

	public String getAuthors() {
		return authors;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public boolean isMembersOnly() {
		return visibility == Visibility.MEMBERS;
	}

	public String getExternalUrl() {
		return externalUrl;
	}

	public String getFileKey() {
		return fileKey;
	}

	public String getFileName() {
		return fileName;
	}

	public FileType getFileType() {
		return fileType;
	}

	public Long getFileSize() {
		return fileSize;
	}

	public String getExtractedText() {
		return extractedText;
	}

	public IndexState getIndexState() {
		return indexState;
	}

	public String getIndexProblem() {
		return indexProblem;
	}

	public long getDownloads() {
		return downloads;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<Topic> getTopics() {
		return topics.stream().sorted(Comparator.comparing(Topic::getNameEn)).toList();
	}

}
