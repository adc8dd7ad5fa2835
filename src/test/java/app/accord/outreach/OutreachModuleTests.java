package app.accord.outreach;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.accord.ModuleClasses;
import app.accord.outreach.delivery.DeliveryWorker;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outreach module booted alone (with the shared module) against an in-process SMTP
 * server: a module's mail is queued in its transaction and delivered by the worker once,
 * with its subject and text; a mail whose transaction rolled back is never sent.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
class OutreachModuleTests {

	static final int PORT = freePort();

	static GreenMail smtp;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@BeforeAll
	static void startMailServer() {
		smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	@AfterAll
	static void stopMailServer() {
		smtp.stop();
	}

	@Autowired
	Outbox outbox;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("outreach", "shared");
	}

	@Test
	void aCommittedMailIsDeliveredOnceAndARolledBackOneNever() {
		var to = "module-" + UUID.randomUUID() + "@example.org";
		var dropped = "dropped-" + UUID.randomUUID() + "@example.org";
		var transaction = new TransactionTemplate(transactionManager);
		var id = transaction.execute(status -> outbox.enqueue(
				OutgoingMail.text(to, "Your sign-in link", "Sign in: https://accord.example/signin/link?token=t1")));
		transaction.executeWithoutResult(status -> {
			outbox.enqueue(OutgoingMail.text(dropped, "Never", "This change was rolled back."));
			status.setRollbackOnly();
		});

		while (worker.poll() > 0) {
			// deliver everything that is due
		}
		worker.poll();

		var received = receivedBy(to);
		assertThat(received).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).isEqualTo("Your sign-in link");
			assertThat(GreenMailUtil.getBody(message)).contains("https://accord.example/signin/link?token=t1");
		});
		assertThat(receivedBy(dropped)).isEmpty();
		assertThat(jdbc.sql("SELECT status FROM outbox_message WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("SENT");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?")
			.param(dropped)
			.query(Long.class)
			.single()).isZero();
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

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
