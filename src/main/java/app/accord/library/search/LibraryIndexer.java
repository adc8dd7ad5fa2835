package app.accord.library.search;

import app.accord.library.casestudies.CaseStudyRepository;
import app.accord.library.uploads.FileStore;
import app.accord.library.uploads.FileType;
import app.accord.library.catalog.LibraryProperties;
import app.accord.library.catalog.ResourceRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database: a changed resource or case study is
 * indexed once its transaction commits, the text of a new file is extracted in the
 * background, and on start an index that does not match the database is rebuilt from it
 * (see ADR 0007).
 */
@Component
public class LibraryIndexer {

	private static final Logger log = LoggerFactory.getLogger(LibraryIndexer.class);

	private static final int BATCH = 200;

	private static final java.time.Duration CATCH_UP_MARGIN = java.time.Duration.ofMinutes(2);

	private volatile java.time.Instant seenUpTo;

	private final ResourceRepository resources;

	private final CaseStudyRepository caseStudies;

	private final SearchIndex index;

	private final FileStore files;

	private final LibraryProperties properties;

	private final Clock clock;

	private final TaskExecutor extraction;

	/**
	 * Where the parsing itself runs, so a worker can give up on a file that overruns its
	 * time and move on.
	 */
	private final AsyncTaskExecutor parsers;

	private final TransactionTemplate transactions;

	LibraryIndexer(ResourceRepository resources, CaseStudyRepository caseStudies, SearchIndex index, FileStore files,
			LibraryProperties properties, Clock clock, @Qualifier(IndexingThreads.EXTRACTION) TaskExecutor extraction,
			@Qualifier(IndexingThreads.PARSERS) AsyncTaskExecutor parsers,
			PlatformTransactionManager transactionManager) {
		this.resources = resources;
		this.caseStudies = caseStudies;
		this.index = index;
		this.files = files;
		this.properties = properties;
		this.clock = clock;
		this.extraction = extraction;
		this.parsers = parsers;
		// Also used in after-commit callbacks, where only a new transaction really
		// commits.
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Indexes the resource (and extracts its file's text if pending) after the commit.
	 */
	public void changedAfterCommit(long id) {
		afterCommit(() -> {
			var pending = transactions.execute(status -> resources.findById(id).map(resource -> {
				index.put(IndexedResource.of(resource));
				return resource.getIndexState() == IndexState.PENDING;
			}).orElse(false));
			index.commit();
			if (Boolean.TRUE.equals(pending)) {
				extraction.execute(() -> extract(id));
			}
		});
	}

	/** Indexes the case study after the commit. */
	public void caseStudyChangedAfterCommit(long id) {
		afterCommit(() -> {
			transactions.executeWithoutResult(status -> caseStudies.findById(id)
				.ifPresent(caseStudy -> index.put(IndexedResource.of(caseStudy))));
			index.commit();
		});
	}

	public void removedAfterCommit(long id) {
		afterCommit(() -> {
			index.remove(id);
			index.commit();
		});
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private record Target(String key, FileType type) {
	}

	/** Reads the text of the resource's file within the time and size caps. */
	void extract(long id) {
		var target = transactions.execute(status -> resources.findById(id)
			.filter(resource -> resource.getIndexState() == IndexState.PENDING && resource.hasFile())
			.map(resource -> new Target(resource.getFileKey(), resource.getFileType()))
			.orElse(null));
		if (target == null) {
			return;
		}
		String text = null;
		String problem = null;
		String detail = null;
		try {
			var temporary = Files.createTempFile("accord-extract-", "." + target.type().extension());
			try {
				try (var in = files.open(target.key())) {
					Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
				}
				var timeout = properties.extractionTimeout();
				var deadline = clock.instant().plus(timeout);
				Future<String> task = null;
				try {
					task = parsers.submit(() -> TextExtractor.extract(temporary, target.type(),
							properties.maxTextChars(), deadline, clock));
					text = task.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
				}
				catch (TaskRejectedException ex) {
					// Every parser thread is held by files that overran their time.
					problem = "timeout";
				}
				catch (TimeoutException ex) {
					task.cancel(true);
					problem = "timeout";
				}
				catch (ExecutionException ex) {
					problem = ex.getCause() instanceof TextExtractor.Problem known ? known.code() : "unreadable";
					detail = String.valueOf(ex.getCause().getCause());
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			problem = "unreadable";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		if (problem != null) {
			log.info("Library resource {}: text not extracted ({}: {})", id, problem, detail);
		}
		// PostgreSQL text cannot hold NUL characters.
		var clean = text == null ? null : text.replace("\u0000", "");
		var outcome = problem;
		// The index is updated before the database commits, so a resource shown as
		// searchable is searchable.
		transactions.executeWithoutResult(status -> resources.findById(id)
			.filter(resource -> target.key().equals(resource.getFileKey()))
			.ifPresent(resource -> {
				if (outcome == null) {
					resource.extracted(clean, clock.instant());
				}
				else {
					resource.extractionFailed(outcome, clock.instant());
				}
				resources.saveAndFlush(resource);
				index.put(IndexedResource.of(resource));
				index.commit();
			}));
	}

	/**
	 * An index that lost documents or never had them (new node, deleted directory) is
	 * rebuilt from the database; files still waiting for extraction are queued again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		var started = clock.instant();
		var count = documents();
		if (count != index.size()) {
			log.info("Library search index has {} documents, the database {} resources and case studies: rebuilding",
					index.size(), count);
			rebuild();
		}
		for (var id : transactions.execute(status -> resources.pendingIds())) {
			extraction.execute(() -> extract(id));
		}
		seenUpTo = started;
	}

	/**
	 * Catches up with changes other application nodes made: resources and case studies
	 * changed since the last look (with a margin for transactions that committed late)
	 * are indexed again, and resources removed elsewhere are removed here.
	 */
	@Scheduled(fixedDelayString = "${accord.library.catch-up-interval:30s}",
			initialDelayString = "${accord.library.catch-up-interval:30s}")
	void catchUp() {
		var since = seenUpTo;
		if (since == null) {
			return;
		}
		var now = clock.instant();
		List<Long> changed = transactions.execute(status -> resources.changedSince(since.minus(CATCH_UP_MARGIN)));
		reindex(changed);
		reindexCaseStudies(transactions.execute(status -> caseStudies.changedSince(since.minus(CATCH_UP_MARGIN))));
		if (index.size() > documents()) {
			var known = new java.util.HashSet<String>();
			transactions.execute(status -> resources.allIds()).forEach(id -> known.add(IndexedResource.key(id, false)));
			transactions.execute(status -> caseStudies.allIds())
				.forEach(id -> known.add(IndexedResource.key(id, true)));
			index.keys().stream().filter(key -> !known.contains(key)).forEach(index::remove);
		}
		index.commit();
		seenUpTo = now;
	}

	private void reindex(List<Long> ids) {
		for (var from = 0; from < ids.size(); from += BATCH) {
			var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			transactions.executeWithoutResult(status -> resources.findAllById(batch)
				.forEach(resource -> index.put(IndexedResource.of(resource))));
		}
	}

	private void reindexCaseStudies(List<Long> ids) {
		for (var from = 0; from < ids.size(); from += BATCH) {
			var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			transactions.executeWithoutResult(status -> caseStudies.findAllById(batch)
				.forEach(caseStudy -> index.put(IndexedResource.of(caseStudy))));
		}
	}

	/** How many documents the index should hold: one per resource and per case study. */
	private long documents() {
		return transactions.execute(status -> resources.count() + caseStudies.count());
	}

	/** Replaces the whole index with what the database holds, in batches. */
	void rebuild() {
		index.clear();
		reindex(transactions.execute(status -> resources.allIds()));
		reindexCaseStudies(transactions.execute(status -> caseStudies.allIds()));
		index.commit();
	}

}
