package app.accord.outreach.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.accord.outreach.OutgoingMail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery worker's view of the outbox table, in plain SQL that runs unchanged on
 * PostgreSQL and H2.
 *
 * <p>
 * Claiming is how several application nodes share the work without sending a message
 * twice: a short transaction selects due rows {@code FOR UPDATE SKIP LOCKED} (rows
 * another node is claiming right now are skipped rather than waited for) and marks each
 * one SENDING with this node as owner and a lease expiry, with an {@code UPDATE} that
 * repeats the "is it still due?" condition, so the row count alone decides whether the
 * claim was won. Every later state change names the owner and only applies while the
 * claim is still this node's.
 *
 * <p>
 * Oldest message first, by id: ordering by anything else makes H2 (2.4) sort, and lock,
 * every due row before applying the limit, so one node would hold them all.
 */
@Component
class OutboxStore {

	static final int MAX_ERROR = 2000;

	private static final String DUE = "((status = 'PENDING' AND next_attempt_at <= :now) "
			+ "OR (status = 'SENDING' AND claim_expires_at < :now))";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	OutboxStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Claims up to {@code limit} due messages for {@code owner} until {@code now + lease}
	 * and counts the attempt. A message whose previous claim expired on its last allowed
	 * attempt is marked FAILED instead of being tried again.
	 * @return the ids of the messages this owner now holds, oldest first
	 */
	List<Long> claim(String owner, Instant now, Duration lease, int limit, int maxAttempts) {
		return transaction.execute(status -> {
			var candidates = jdbc
				.sql("SELECT id, attempts FROM outbox_message WHERE " + DUE
						+ " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED")
				.param("now", at(now))
				.param("limit", limit)
				.query((rs, row) -> new long[] { rs.getLong("id"), rs.getInt("attempts") })
				.list();
			var claimed = new ArrayList<Long>();
			for (var candidate : candidates) {
				long id = candidate[0];
				if (candidate[1] >= maxAttempts) {
					jdbc.sql(
							"UPDATE outbox_message SET status = 'FAILED', claim_owner = NULL, claim_expires_at = NULL, "
									+ "last_error = :error WHERE id = :id AND " + DUE)
						.param("error", "Delivery was interrupted on the last attempt (the claim expired).")
						.param("id", id)
						.param("now", at(now))
						.update();
					continue;
				}
				int won = jdbc
					.sql("UPDATE outbox_message SET status = 'SENDING', attempts = attempts + 1, claim_owner = :owner, "
							+ "claim_expires_at = :until WHERE id = :id AND " + DUE)
					.param("owner", owner)
					.param("until", at(now.plus(lease)))
					.param("id", id)
					.param("now", at(now))
					.update();
				if (won == 1) {
					claimed.add(id);
				}
			}
			return claimed;
		});
	}

	Optional<StoredMail> load(long id) {
		var attachments = jdbc
			.sql("SELECT filename, content_type, content FROM outbox_attachment WHERE message_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, row) -> new OutgoingMail.Attachment(rs.getString("filename"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
		return jdbc.sql(
				"SELECT id, recipient, subject, text_body, html_body, attempts, created_at FROM outbox_message WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("text_body"), rs.getString("html_body"), rs.getInt("attempts"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), attachments))
			.optional();
	}

	boolean markSent(long id, String owner, Instant now) {
		return finish(id, owner, "SENT", now);
	}

	boolean markKept(long id, String owner, Instant now) {
		return finish(id, owner, "KEPT", now);
	}

	private boolean finish(long id, String owner, String status, Instant now) {
		return jdbc.sql(
				"UPDATE outbox_message SET status = :status, sent_at = :now, claim_owner = NULL, claim_expires_at = NULL, "
						+ "last_error = NULL WHERE id = :id AND status = 'SENDING' AND claim_owner = :owner")
			.param("status", status)
			.param("now", at(now))
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	boolean retryAt(long id, String owner, Instant next, String error) {
		return jdbc.sql("UPDATE outbox_message SET status = 'PENDING', next_attempt_at = :next, claim_owner = NULL, "
				+ "claim_expires_at = NULL, last_error = :error WHERE id = :id AND status = 'SENDING' AND claim_owner = :owner")
			.param("next", at(next))
			.param("error", truncate(error))
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	boolean fail(long id, String owner, String error) {
		return jdbc
			.sql("UPDATE outbox_message SET status = 'FAILED', claim_owner = NULL, claim_expires_at = NULL, "
					+ "last_error = :error WHERE id = :id AND status = 'SENDING' AND claim_owner = :owner")
			.param("error", truncate(error))
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	/** Hands back a claimed message untried: the attempt it was charged is returned. */
	boolean release(long id, String owner) {
		return jdbc
			.sql("UPDATE outbox_message SET status = 'PENDING', attempts = attempts - 1, claim_owner = NULL, "
					+ "claim_expires_at = NULL WHERE id = :id AND status = 'SENDING' AND claim_owner = :owner")
			.param("id", id)
			.param("owner", owner)
			.update() == 1;
	}

	long count(MailStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String truncate(String error) {
		return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
	}

	/** A claimed message with everything needed to send it. */
	record StoredMail(long id, String recipient, String subject, String text, String html, int attempts,
			Instant createdAt, List<OutgoingMail.Attachment> attachments) {
	}

}
