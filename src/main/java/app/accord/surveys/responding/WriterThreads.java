package app.accord.surveys.responding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that write survey responses ({@code accord.surveys.submission-writers}, two
 * unless set): each runs one {@link SubmissionWriter} loop for the life of the
 * application. On shutdown the writer stops taking responses and the group being written
 * is given time to commit.
 */
@Configuration(proxyBeanMethods = false)
class WriterThreads {

	static final String EXECUTOR = "surveyWriterExecutor";

	@Bean(EXECUTOR)
	static ThreadPoolTaskExecutor surveyWriterExecutor(
			@Value("${accord.surveys.submission-writers:2}") int writerCount) {
		var executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(writers(writerCount));
		executor.setMaxPoolSize(writers(writerCount));
		// Only the writer loops run here: nothing waits for a thread.
		executor.setQueueCapacity(0);
		executor.setThreadNamePrefix("survey-writer-");
		executor.setDaemon(true);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	static int writers(int configured) {
		return Math.max(1, configured);
	}

}
