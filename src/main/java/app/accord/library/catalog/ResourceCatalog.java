package app.accord.library.catalog;

import app.accord.library.uploads.FileStore;
import app.accord.library.search.LibraryIndexer;
import app.accord.library.uploads.StoredFile;
import app.accord.library.uploads.Uploads;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import app.accord.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff publish, change and remove resources. A file arrives already checked and stored
 * ({@link Uploads}); if the resource is then refused, the file is removed again.
 */
@Service
public class ResourceCatalog {

	private final ResourceRepository resources;

	private final TopicRepository topics;

	private final LibraryIndexer indexer;

	private final FileStore files;

	private final Clock clock;

	ResourceCatalog(ResourceRepository resources, TopicRepository topics, LibraryIndexer indexer, FileStore files,
			Clock clock) {
		this.resources = resources;
		this.topics = topics;
		this.indexer = indexer;
		this.files = files;
		this.clock = clock;
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional
	public long publish(ResourceDetails details, StoredFile file) {
		try {
			check(null, details, file != null);
			var resource = new Resource(details, topics.findAllById(details.topicIds()), clock.instant());
			if (file != null) {
				resource.attach(file, clock.instant());
			}
			resources.saveAndFlush(resource);
			linkTranslation(resource, details.translationId());
			indexer.changedAfterCommit(resource.getId());
			return resource.getId();
		}
		catch (RuntimeException ex) {
			discard(file);
			throw ex;
		}
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional
	public void change(long id, ResourceDetails details, StoredFile file) {
		try {
			var resource = resources.findById(id).orElseThrow(() -> new NotFoundException("No resource " + id));
			check(resource, details, file != null || resource.hasFile());
			var previousKey = resource.getFileKey();
			resource.describe(details, topics.findAllById(details.topicIds()), clock.instant());
			if (file != null) {
				resource.attach(file, clock.instant());
			}
			resources.saveAndFlush(resource);
			linkTranslation(resource, details.translationId());
			if (file != null && previousKey != null) {
				discardAfterCommit(previousKey);
			}
			indexer.changedAfterCommit(id);
		}
		catch (RuntimeException ex) {
			discard(file);
			throw ex;
		}
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional
	public void remove(long id) {
		var resource = resources.findById(id).orElseThrow(() -> new NotFoundException("No resource " + id));
		var key = resource.getFileKey();
		resources.delete(resource);
		resources.flush();
		if (key != null) {
			discardAfterCommit(key);
		}
		indexer.removedAfterCommit(id);
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public Resource forEditing(long id) {
		var resource = resources.findById(id).orElseThrow(() -> new NotFoundException("No resource " + id));
		resource.getTopics();
		return resource;
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public List<Resource> catalogue() {
		var all = resources.catalogue();
		all.forEach(Resource::getTopics);
		return all;
	}

	private void check(Resource resource, ResourceDetails details, boolean hasFile) {
		if (!hasFile && (details.externalUrl() == null || details.externalUrl().isBlank())) {
			throw new LibraryRuleViolation("file", "library.form.fileOrLink");
		}
		if (details.translationId() != null) {
			if (resource != null && details.translationId().equals(resource.getId())) {
				throw new LibraryRuleViolation("translationId", "library.form.translation.self");
			}
			var translation = resources.findById(details.translationId())
				.orElseThrow(() -> new LibraryRuleViolation("translationId", "library.form.translation.unknown"));
			if (translation.getLanguage() == details.language()) {
				throw new LibraryRuleViolation("translationId", "library.form.translation.sameLanguage");
			}
		}
		if (topics.findAllById(details.topicIds()).size() != details.topicIds().size()) {
			throw new LibraryRuleViolation("topicIds", "library.form.topics.unknown");
		}
	}

	/** A translation points both ways. */
	private void linkTranslation(Resource resource, Long translationId) {
		if (translationId != null) {
			resources.findById(translationId).ifPresent(other -> other.linkTranslation(resource.getId()));
		}
	}

	private void discard(StoredFile file) {
		if (file != null) {
			try {
				files.delete(file.key());
			}
			catch (IOException ex) {
				// Left behind: an orphan file is harmless and holds nothing reachable.
			}
		}
	}

	private void discardAfterCommit(String key) {
		org.springframework.transaction.support.TransactionSynchronizationManager
			.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
				@Override
				public void afterCommit() {
					discard(new StoredFile(key, null, null, 0));
				}
			});
	}

}
