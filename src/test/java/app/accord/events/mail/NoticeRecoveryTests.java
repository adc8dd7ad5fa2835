package app.accord.events.mail;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.registration.RegistrationNotices;
import app.accord.events.registration.RegistrationStatus;
import app.accord.events.registration.Registrations;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import app.accord.accounts.SignedInUser;
import app.accord.shared.EventPublicationResubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node stopped (kill -9) after a registration committed and before its notice's emails
 * were written: the stored publication is handed to the listener again by the next
 * resubmission on any node, whatever state the stopped node left it in, and its emails
 * are written once even when two nodes resubmit at the same moment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeRecoveryTests {

	@Autowired
	Registrations registrations;

	@Autowired
	EventTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventPublicationResubmission resubmission;

	@Autowired
	@Qualifier(RegistrationNotices.EXECUTOR)
	ThreadPoolTaskExecutor noticeThreads;

	@ParameterizedTest
	@ValueSource(strings = { "PUBLISHED", "PROCESSING", "RESUBMITTED" })
	void aWaitlistNoticeLeftUnwrittenByAStoppedNodeIsWrittenOnceByTheNextResubmission(String leftAs) throws Exception {
		var event = data.save(EventMother.event().capacity(4));
		registerTeam(data.person("Seated Lead"), event, 4);
		var waiting = data.person("Waiting Lead");
		var publication = registerWhileTheListenerCannotRun(waiting, event);
		assertThat(data.mailsTo(waiting.email())).isEqualTo(1);

		// What the stopped node left behind: the committed publication, no email.
		deleteMailsTo(waiting.email());
		var tenMinutesAgo = Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES));
		insert(publication, leftAs, tenMinutesAgo);

		var nodes = Executors.newFixedThreadPool(2);
		var start = new CountDownLatch(1);
		var both = List.of(nodes.submit(() -> resubmitAfter(start)), nodes.submit(() -> resubmitAfter(start)));
		start.countDown();
		for (var node : both) {
			node.get(30, TimeUnit.SECONDS);
		}
		nodes.shutdown();

		assertThat(data.mailsTo(waiting.email())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class,
				publication.get("id")))
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUBLISHED", "PROCESSING" })
	void aNoticeYoungerThanTheMinimumAgeIsLeftToTheNodeWorkingOnIt(String state) throws Exception {
		var event = data.save(EventMother.event().capacity(4));
		registerTeam(data.person("Seated Lead"), event, 4);
		var waiting = data.person("Waiting Lead");
		var publication = registerWhileTheListenerCannotRun(waiting, event);
		deleteMailsTo(waiting.email());
		insert(publication, state, Timestamp.from(Instant.now()));

		resubmission.resubmit();

		assertThat(jdbc.queryForObject("select status from event_publication where id = ?", String.class,
				publication.get("id")))
			.isEqualTo(state);
		jdbc.update("delete from event_publication where id = ?", publication.get("id"));
		assertThat(data.mailsTo(waiting.email())).isZero();
	}

	@Test
	void aFailedPublicationIsClaimedByOneNodeOnlyAndNotAgainOnceItsListenerStarted() throws Exception {
		var event = data.save(EventMother.event().capacity(4));
		registerTeam(data.person("Seated Lead"), event, 4);
		var waiting = data.person("Waiting Lead");
		var publication = registerWhileTheListenerCannotRun(waiting, event);
		deleteMailsTo(waiting.email());
		var id = (UUID) publication.get("id");
		insert(publication, "FAILED", Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES)));

		var nodes = Executors.newFixedThreadPool(2);
		var start = new CountDownLatch(1);
		var claims = List.of(nodes.submit(() -> claimAfter(start, id)), nodes.submit(() -> claimAfter(start, id)));
		start.countDown();
		var won = 0;
		for (var claim : claims) {
			won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
		}
		nodes.shutdown();
		assertThat(won).isEqualTo(1);

		// The winner's listener started; a node that read the publication as failed
		// before
		// the winner resubmitted it must not hand it to its listener too.
		jdbc.update("update event_publication set status = 'PROCESSING' where id = ?", id);
		assertThat(resubmission.claim(id)).isFalse();
		jdbc.update("update event_publication set status = 'FAILED' where id = ?", id);
		assertThat(resubmission.claim(id)).isFalse();
		jdbc.update("delete from event_publication where id = ?", id);
		assertThat(data.mailsTo(waiting.email())).isZero();
	}

	private boolean claimAfter(CountDownLatch start, UUID publication) throws InterruptedException {
		start.await();
		return resubmission.claim(publication);
	}

	private Void resubmitAfter(CountDownLatch start) throws InterruptedException {
		start.await();
		resubmission.resubmit();
		return null;
	}

	/**
	 * Registers with the notice threads busy, reads the publication the commit stored,
	 * then lets the listener finish (which deletes the publication).
	 */
	private Map<String, Object> registerWhileTheListenerCannotRun(SignedInUser lead, long event) throws Exception {
		var release = new CountDownLatch(1);
		for (int i = 0; i < noticeThreads.getMaxPoolSize(); i++) {
			noticeThreads.execute(() -> {
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		try {
			var outcome = registerTeam(lead, event, 4);
			assertThat(outcome.status()).isEqualTo(RegistrationStatus.WAITLISTED);
			return jdbc.queryForMap("""
					select * from event_publication
					where completion_date is null and serialized_event like ?""",
					"%\"registrationId\":" + outcome.registrationId() + ",%WAITLISTED%");
		}
		finally {
			release.countDown();
			data.awaitNotices();
		}
	}

	private Registrations.Outcome registerTeam(SignedInUser lead, long event, int size) {
		var team = data.teamLedBy(lead);
		return as(lead, () -> registrations.registerTeam(event, team, size, List.of(), lead, null));
	}

	private void insert(Map<String, Object> publication, String status, Timestamp publishedAt) {
		jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  status, completion_attempts, last_resubmission_date)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", publication.get("id"), publication.get("listener_id"),
				publication.get("event_type"), publication.get("serialized_event"), publishedAt, status,
				"RESUBMITTED".equals(status) ? 1 : 0, "RESUBMITTED".equals(status) ? publishedAt : null);
	}

	private void deleteMailsTo(String email) {
		jdbc.update(
				"delete from outbox_attachment where message_id in (select id from outbox_message where recipient = ?)",
				email);
		jdbc.update("delete from outbox_message where recipient = ?", email);
	}

}
