package app.accord.outreach.delivery;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every application node runs one and they share the work through
 * claims (see {@link OutboxStore}). A message goes out over SMTP when a mail server is
 * configured and is otherwise marked KEPT for staff to read on the Outgoing mail page.
 *
 * <p>
 * At most once per message, with one exception: if a node dies (or stalls longer than
 * {@code accord.mail.lease}) after handing a message to the SMTP server but before
 * recording it as sent, its claim expires and another node sends the message again. The
 * second copy carries the same {@code Message-ID}, so mail clients can recognize it.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final OutboxStore store;

	private final MailTransport transport;

	private final OutboxProperties properties;

	private final Clock clock;

	private final String owner;

	private final Counter sent;

	private final Counter kept;

	private final Counter retried;

	private final Counter failed;

	@Autowired
	DeliveryWorker(OutboxStore store, MailTransport transport, OutboxProperties properties, MeterRegistry meters) {
		this(store, transport, properties, Clock.systemUTC(), nodeName(), meters);
	}

	DeliveryWorker(OutboxStore store, MailTransport transport, OutboxProperties properties, Clock clock, String owner,
			MeterRegistry meters) {
		this.store = store;
		this.transport = transport;
		this.properties = properties;
		this.clock = clock;
		this.owner = owner;
		this.sent = outcome(meters, "sent");
		this.kept = outcome(meters, "kept");
		this.retried = outcome(meters, "retry");
		this.failed = outcome(meters, "failed");
	}

	@Scheduled(fixedDelayString = "${accord.mail.poll-interval:2s}",
			initialDelayString = "${accord.mail.poll-interval:2s}")
	void pollRegularly() {
		try {
			// Keep going while whole batches go out, so a backlog drains without waiting.
			while (poll() == properties.batchSize()) {
				log.debug("Outbox batch delivered; polling again");
			}
		}
		catch (RuntimeException ex) {
			log.warn("Outbox poll failed; trying again in {}", properties.pollInterval(), ex);
		}
	}

	/**
	 * Claims a batch of due messages and delivers them.
	 * @return how many messages were delivered (sent, or kept when there is no SMTP
	 * server)
	 */
	public int poll() {
		var claimed = store.claim(owner, clock.instant(), properties.lease(), properties.batchSize(),
				properties.maxAttempts());
		int delivered = 0;
		for (int i = 0; i < claimed.size(); i++) {
			var outcome = deliver(claimed.get(i));
			if (outcome == Outcome.DELIVERED) {
				delivered++;
			}
			else if (outcome == Outcome.FAILED) {
				// The server is probably unreachable: hand the rest back untried rather
				// than
				// spending one of their attempts each.
				claimed.subList(i + 1, claimed.size()).forEach(id -> store.release(id, owner));
				break;
			}
		}
		return delivered;
	}

	private Outcome deliver(long id) {
		var mail = store.load(id).orElse(null);
		if (mail == null) {
			return Outcome.GONE;
		}
		if (!transport.smtpConfigured()) {
			store.markKept(id, owner, clock.instant());
			kept.increment();
			return Outcome.DELIVERED;
		}
		try {
			transport.send(mail);
		}
		catch (RuntimeException ex) {
			failedAttempt(mail.id(), mail.attempts(), ex);
			return Outcome.FAILED;
		}
		sent.increment();
		if (!store.markSent(id, owner, clock.instant())) {
			log.warn("Mail {} was sent after its claim had expired; another node may send it again", id);
		}
		return Outcome.DELIVERED;
	}

	private void failedAttempt(long id, int attempts, RuntimeException ex) {
		var error = describe(ex);
		if (attempts >= properties.maxAttempts()) {
			store.fail(id, owner, error);
			failed.increment();
			log.error("Mail {} could not be delivered after {} attempts; giving up", id, attempts, ex);
			return;
		}
		var next = clock.instant().plus(properties.backoffAfter(attempts));
		store.retryAt(id, owner, next, error);
		retried.increment();
		log.warn("Mail {} could not be delivered (attempt {} of {}); next attempt at {}: {}", id, attempts,
				properties.maxAttempts(), next, error);
	}

	/**
	 * The causes of a failure, for staff: exception types and messages, never content.
	 */
	static String describe(Throwable ex) {
		var causes = new LinkedHashSet<String>();
		for (var cause = ex; cause != null && causes.size() < 5; cause = cause.getCause()) {
			causes
				.add(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
			if (cause.getCause() == cause) {
				break;
			}
		}
		return String.join(" <- ", causes);
	}

	private enum Outcome {

		DELIVERED, FAILED, GONE

	}

	private static Counter outcome(MeterRegistry meters, String outcome) {
		return Counter.builder("accord.mail.deliveries")
			.description("Delivery attempts of outbox messages by this node, by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

	private static String nodeName() {
		var name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		return name.length() <= 100 ? name : name.substring(name.length() - 100);
	}

}
