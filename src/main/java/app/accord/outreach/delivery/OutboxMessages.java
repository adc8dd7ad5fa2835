package app.accord.outreach.delivery;

import java.util.Optional;

import app.accord.outreach.staff.MailSummary;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

	String SUMMARY = "select new app.accord.outreach.staff.MailSummary(m.id, m.recipient, m.subject, m.status, "
			+ "m.attempts, m.nextAttemptAt, m.lastError, m.createdAt, m.sentAt) from OutboxMessage m ";

	String FILTER = "where (:status is null or m.status = :status) "
			+ "and (:pattern is null or lower(m.recipient) like :pattern escape '\\')";

	/** Newest first; {@code pattern} is a lower-case LIKE pattern or null. */
	@Query(value = SUMMARY + FILTER + " order by m.createdAt desc, m.id desc",
			countQuery = "select count(m) from OutboxMessage m " + FILTER)
	Page<MailSummary> search(MailStatus status, String pattern, Pageable pageable);

	@Query("select a from OutboxAttachment a where a.id = :attachmentId and a.message.id = :messageId")
	Optional<OutboxAttachment> attachment(long messageId, long attachmentId);

	/** Locks the row so that a retry cannot interleave with another retry or a claim. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutboxMessage m where m.id = :id")
	Optional<OutboxMessage> lockById(long id);

}
