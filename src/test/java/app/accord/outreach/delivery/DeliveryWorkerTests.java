package app.accord.outreach.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.accord.outreach.Outbox;
import app.accord.outreach.OutgoingMail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery over SMTP to an in-process mail server (GreenMail). The worker is driven by
 * calling {@link DeliveryWorker#poll()} with a clock the test moves forward; the
 * scheduled poll is off in tests.
 */
@SpringBootTest
class DeliveryWorkerTests {

	static final int PORT = freePort();

	static GreenMail smtp;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	MailTransport transport;

	@Autowired
	OutboxProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	TestClock clock = new TestClock();

	DeliveryWorker worker;

	@BeforeAll
	static void startMailServer() {
		smtp = startSmtp();
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@BeforeEach
	void deliverWhatOtherTestsLeft() {
		worker = worker("node-a", properties);
		drain(worker);
	}

	@AfterEach
	void mailServerIsBack() {
		if (!smtp.isRunning()) {
			smtp = startSmtp();
		}
	}

	@Test
	void aCommittedMessageArrivesExactlyOnceWithItsSubjectBodyAndAttachment() {
		var to = recipient("once");
		var invitation = "BEGIN:VCALENDAR\r\nSUMMARY:Convening\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		long id = inTransaction(() -> outbox.enqueue(new OutgoingMail(to, "¡Bienvenida, José!",
				"Sign in: https://accord.example/signin?token=t1\nAdiós", "<p>¡Hola!</p>",
				List.of(new OutgoingMail.Attachment("convening.ics", "text/calendar", invitation)))));

		drain(worker);
		drain(worker);

		var received = receivedBy(to);
		assertThat(received).hasSize(1);
		var mail = ReceivedMail.of(received.get(0));
		assertThat(mail.outboxId()).isEqualTo(Long.toString(id));
		assertThat(mail.subject()).isEqualTo("¡Bienvenida, José!");
		assertThat(mail.text()).isEqualTo("Sign in: https://accord.example/signin?token=t1\nAdiós");
		assertThat(mail.html()).isEqualTo("<p>¡Hola!</p>");
		assertThat(mail.attachments()).containsOnlyKeys("convening.ics");
		assertThat(mail.attachments().get("convening.ics")).isEqualTo(invitation);
		assertThat(from(received.get(0))).isEqualTo("no-reply@accord.local");
		assertThat(row(id).status()).isEqualTo("SENT");
		assertThat(row(id).claimOwner()).isNull();
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		var to = recipient("rollback");
		var transaction = new TransactionTemplate(transactionManager);
		transaction.executeWithoutResult(status -> {
			outbox.enqueue(OutgoingMail.text(to, "Never", "This change was rolled back."));
			status.setRollbackOnly();
		});

		drain(worker);

		assertThat(receivedBy(to)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?")
			.param(to)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void whileTheMailServerIsDownAMessageWaitsAndGoesOutOnceItIsBack() {
		var to = recipient("outage");
		long id = outbox.enqueue(OutgoingMail.text(to, "Outage", "Sent after the outage."));
		smtp.stop();

		assertThat(worker.poll()).isZero();

		var waiting = row(id);
		assertThat(waiting.status()).isEqualTo("PENDING");
		assertThat(waiting.attempts()).isEqualTo(1);
		assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
		assertThat(waiting.lastError()).isNotBlank();
		assertThat(worker.poll()).as("not due before its back-off").isZero();
		assertThat(row(id).attempts()).isEqualTo(1);

		smtp = startSmtp();
		clock.advance(properties.firstRetry().plusSeconds(1));
		drain(worker);

		assertThat(receivedBy(to)).hasSize(1);
		assertThat(row(id).status()).isEqualTo("SENT");
		assertThat(row(id).attempts()).isEqualTo(2);
		assertThat(row(id).lastError()).isNull();
	}

	@Test
	void aMessageIsGivenUpAfterTheMaximumNumberOfAttempts() {
		var stubborn = worker("node-stubborn", properties.withMaxAttempts(3));
		var to = recipient("given-up");
		long id = outbox.enqueue(OutgoingMail.text(to, "Given up", "Never arrives."));
		smtp.stop();

		stubborn.poll();
		clock.advance(Duration.ofSeconds(31));
		stubborn.poll();
		clock.advance(Duration.ofSeconds(61));
		stubborn.poll();

		assertThat(row(id).status()).isEqualTo("FAILED");
		assertThat(row(id).attempts()).isEqualTo(3);
		smtp = startSmtp();
		clock.advance(Duration.ofDays(1));
		drain(stubborn);
		assertThat(receivedBy(to)).isEmpty();
		assertThat(row(id).status()).isEqualTo("FAILED");
	}

	@Test
	void aMessageOfANodeThatDiedWhileSendingIsDeliveredByAnotherAfterTheLease() {
		var to = recipient("lease");
		long id = outbox.enqueue(OutgoingMail.text(to, "Lease", "Sent by the node that took over."));
		assertThat(store.claim("node-dead", clock.instant(), properties.lease(), 1_000, properties.maxAttempts()))
			.contains(id);

		drain(worker);
		assertThat(receivedBy(to)).as("the claim still holds").isEmpty();
		assertThat(row(id).status()).isEqualTo("SENDING");

		clock.advance(properties.lease().plusSeconds(1));
		drain(worker);

		assertThat(receivedBy(to)).hasSize(1);
		assertThat(row(id).status()).isEqualTo("SENT");
		assertThat(row(id).attempts()).isEqualTo(2);
		assertThat(store.markSent(id, "node-dead", clock.instant())).as("the dead node's late report is ignored")
			.isFalse();
	}

	@Test
	void fourNodesPollingAtOnceDeliverEachOfTwoHundredMessagesExactlyOnce() throws Exception {
		var to = recipient("crowd");
		var ids = inTransaction(() -> IntStream.range(0, 200)
			.mapToObj(i -> outbox.enqueue(OutgoingMail.text(to, "Crowd " + i, "Message " + i)))
			.toList());

		var nodes = Executors.newFixedThreadPool(4);
		try {
			var polls = new ArrayList<Callable<Integer>>();
			for (int n = 0; n < 4; n++) {
				var node = worker("node-" + n, properties);
				polls.add(() -> {
					int delivered = 0;
					// The deadline only keeps a broken build from hanging.
					var deadline = Instant.now().plusSeconds(120);
					while (sent(ids) < ids.size() && Instant.now().isBefore(deadline)) {
						delivered += node.poll();
					}
					return delivered;
				});
			}
			int delivered = 0;
			for (var result : nodes.invokeAll(polls)) {
				delivered += result.get();
			}
			assertThat(delivered).isGreaterThanOrEqualTo(ids.size());
		}
		finally {
			nodes.shutdownNow();
			nodes.awaitTermination(10, TimeUnit.SECONDS);
		}

		assertThat(sent(ids)).isEqualTo(ids.size());
		var copiesPerId = receivedBy(to).stream()
			.map(ReceivedMail::of)
			.collect(Collectors.groupingBy(ReceivedMail::outboxId, Collectors.counting()));
		assertThat(copiesPerId).hasSize(ids.size())
			.containsOnlyKeys(ids.stream().map(String::valueOf).toList())
			.allSatisfy((id, copies) -> assertThat(copies).as("copies of %s", id).isEqualTo(1));
	}

	private DeliveryWorker worker(String node, OutboxProperties properties) {
		return new DeliveryWorker(store, transport, properties, clock, node + "-" + UUID.randomUUID(),
				new SimpleMeterRegistry());
	}

	private static void drain(DeliveryWorker worker) {
		while (worker.poll() > 0) {
			// until nothing due is left
		}
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactionManager).execute(status -> work.get());
	}

	private long sent(List<Long> ids) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND id IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

	private Row row(long id) {
		return jdbc
			.sql("SELECT status, attempts, next_attempt_at, last_error, claim_owner FROM outbox_message WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
					rs.getString(4), rs.getString(5)))
			.single();
	}

	private static List<MimeMessage> receivedBy(String to) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(to));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String from(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getAddress();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(String purpose) {
		return purpose + "-" + UUID.randomUUID() + "@example.org";
	}

	private static GreenMail startSmtp() {
		var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Row(String status, int attempts, Instant nextAttemptAt, String lastError, String claimOwner) {
	}

}
