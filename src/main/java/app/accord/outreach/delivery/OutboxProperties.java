package app.accord.outreach.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers mail ({@code accord.mail.*}).
 *
 * @param from the From header of every message
 * @param pollInterval pause between two polls of the delivery worker on each node
 * @param batchSize messages one poll claims at most
 * @param lease how long a claim protects a message from other nodes; longer than the
 * slowest SMTP exchange of a whole batch
 * @param maxAttempts delivery attempts before a message is given up as FAILED
 * @param firstRetry wait after the first failed attempt; doubled after each further one
 * @param maxRetry longest wait between two attempts
 */
@ConfigurationProperties("accord.mail")
record OutboxProperties(@DefaultValue("Accord <no-reply@accord.local>") String from,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("10") int batchSize,
		@DefaultValue("5m") Duration lease, @DefaultValue("10") int maxAttempts,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry) {

	OutboxProperties {
		if (batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("accord.mail.batch-size and accord.mail.max-attempts must be positive");
		}
	}

	static OutboxProperties defaults() {
		return new OutboxProperties("Accord <no-reply@accord.local>", Duration.ofSeconds(2), 10, Duration.ofMinutes(5),
				10, Duration.ofSeconds(30), Duration.ofHours(1));
	}

	OutboxProperties withMaxAttempts(int maxAttempts) {
		return new OutboxProperties(from, pollInterval, batchSize, lease, maxAttempts, firstRetry, maxRetry);
	}

	/**
	 * The wait before the next attempt after {@code failedAttempts} failures: exponential
	 * back-off so a long SMTP outage costs few attempts, capped so that mail still goes
	 * out soon after the server is back.
	 */
	Duration backoffAfter(int failedAttempts) {
		var delay = firstRetry;
		for (int i = 1; i < failedAttempts && delay.compareTo(maxRetry) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
	}

}
