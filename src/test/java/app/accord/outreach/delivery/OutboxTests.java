package app.accord.outreach.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import app.accord.outreach.Outbox;
import app.accord.outreach.OutgoingMail;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The outbox in the application as it runs without a mail server (the default).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	OutboxStore store;

	@Autowired
	OutboxProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MeterRegistry meters;

	@Test
	void aMessageExistsOnlyOnceTheCallersTransactionCommits() {
		var to = recipient();
		var transaction = new TransactionTemplate(transactionManager);

		transaction.executeWithoutResult(status -> {
			outbox.enqueue(OutgoingMail.text(to, "Rolled back", "The change failed."));
			assertThat(count(to)).as("visible inside the caller's transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(count(to)).isZero();

		transaction.executeWithoutResult(status -> outbox.enqueue(OutgoingMail.text(to, "Committed", "It worked.")));
		assertThat(count(to)).isEqualTo(1);
	}

	@Test
	void aMalformedRecipientIsRefusedAndNothingIsStored() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> outbox.enqueue(OutgoingMail.text("someone at example.org", "Hi", "Text")))
			.withMessageContaining("someone at example.org");
		assertThat(count("someone at example.org")).isZero();
	}

	@Test
	void withoutAMailServerMessagesAreKeptForStaffToRead() {
		var to = recipient();
		long id = outbox.enqueue(OutgoingMail.text(to, "Your sign-in link", "https://accord.example/signin?token=k"));

		while (worker.poll() > 0) {
			// deliver everything that is due
		}

		assertThat(jdbc.sql("SELECT status FROM outbox_message WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("KEPT");
	}

	@Test
	void waitingMessagesAreAMetric() {
		outbox.enqueue(OutgoingMail.text(recipient(), "Counted", "Text"));

		assertThat(meters.get("accord.mail.messages").tag("status", "pending").gauge().value()).isPositive();
	}

	@Test
	void twoNodesClaimingAtTheSameTimeSkipEachOthersMessagesInsteadOfWaiting() throws Exception {
		while (worker.poll() > 0) {
			// nothing else due, so both claims below only see this test's messages
		}
		var ids = new ArrayList<Long>();
		for (int i = 0; i < 4; i++) {
			ids.add(outbox.enqueue(OutgoingMail.text(recipient(), "Claim " + i, "Text")));
		}
		var now = Instant.now();
		var firstHolds = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		// The first node claims two messages and keeps its transaction (and row locks)
		// open.
		var first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactionManager).execute(status -> {
			var claimed = store.claim("node-first", now, properties.lease(), 2, properties.maxAttempts());
			firstHolds.countDown();
			await(release);
			return claimed;
		}));
		assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
		try {
			var second = CompletableFuture
				.supplyAsync(() -> store.claim("node-second", now, properties.lease(), 10, properties.maxAttempts()))
				.get(30, TimeUnit.SECONDS);
			release.countDown();
			var firstClaimed = first.get(30, TimeUnit.SECONDS);

			assertThat(firstClaimed).hasSize(2);
			assertThat(second).hasSize(2).doesNotContainAnyElementsOf(firstClaimed);
			var all = new HashSet<>(firstClaimed);
			all.addAll(second);
			assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
			firstClaimed.forEach(id -> store.markKept(id, "node-first", now));
			second.forEach(id -> store.markKept(id, "node-second", now));
		}
		finally {
			release.countDown();
		}
	}

	private long count(String to) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?").param(to).query(Long.class).single();
	}

	private static String recipient() {
		return "outbox-" + UUID.randomUUID() + "@example.org";
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
