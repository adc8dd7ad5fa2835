package app.accord.library.search;

import app.accord.library.catalog.LibraryProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that read files' text off the request threads. Extraction runs one file per
 * thread ({@code accord.library.extraction-threads}); each file is parsed on a parser
 * thread so its worker can give up on a file that overruns its time. When the context
 * closes, once the indexer is gone, running work is interrupted and what waits is dropped
 * (files still pending are queued again when the application starts): shutdown does not
 * wait for a long file to be read.
 */
@Configuration(proxyBeanMethods = false)
class IndexingThreads {

	static final String EXTRACTION = "libraryExtraction";

	static final String PARSERS = "libraryParsers";

	/**
	 * Files that may wait for a worker; beyond that the thread that asks (a request after
	 * its commit, or the start-up) extracts the file itself, so none is lost.
	 */
	static final int EXTRACTION_QUEUE = 1_000;

	/**
	 * Parser threads beyond one per worker, for parsers that overran and have not stopped
	 * yet.
	 */
	static final int RUNAWAY_PARSERS = 8;

	@Bean(EXTRACTION)
	static ThreadPoolTaskExecutor libraryExtraction(LibraryProperties properties) {
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.extractionThreads());
		executor.setMaxPoolSize(properties.extractionThreads());
		executor.setQueueCapacity(EXTRACTION_QUEUE);
		executor.setRejectedExecutionHandler(new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
		executor.setThreadNamePrefix("library-extraction-");
		executor.setThreadPriority(Thread.NORM_PRIORITY - 1);
		executor.setDaemon(true);
		executor.setAcceptTasksAfterContextClose(true);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	/** Handed each parse directly (no queue), as many as workers plus runaways. */
	@Bean(PARSERS)
	static ThreadPoolTaskExecutor libraryParsers(LibraryProperties properties) {
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.extractionThreads());
		executor.setMaxPoolSize(properties.extractionThreads() + RUNAWAY_PARSERS);
		executor.setQueueCapacity(0);
		executor.setThreadNamePrefix("library-parser-");
		executor.setDaemon(true);
		executor.setAcceptTasksAfterContextClose(true);
		executor.setWaitForTasksToCompleteOnShutdown(false);
		// A parser deep in a file may not notice the interrupt before its deadline.
		executor.setAwaitTerminationSeconds(1);
		return executor;
	}

}
