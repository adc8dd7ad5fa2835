package app.accord.surveys.imports;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread imports run on: one, so uploads on a node are imported one at a time in the
 * order they came; a bounded queue of waiting uploads; on shutdown the running import is
 * given time to finish (its transaction rolls back otherwise, and it then counts as
 * failed once stale).
 */
@Configuration(proxyBeanMethods = false)
class ImportThreads {

	static final String EXECUTOR = "surveyImportExecutor";

	/** Uploads that may wait behind the running one before new ones are refused. */
	static final int QUEUE = 100;

	@Bean(EXECUTOR)
	static ThreadPoolTaskExecutor surveyImportExecutor() {
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(QUEUE);
		executor.setThreadNamePrefix("survey-import-");
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}
