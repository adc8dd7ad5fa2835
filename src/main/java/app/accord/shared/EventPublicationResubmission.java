package app.accord.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose listener did not complete: it failed,
 * or the node stopped between a change's commit and the listener's work (the listener
 * writes its emails to the outbox after the change that published it committed). Only
 * publications older than the minimum age are taken, so one still in progress on another
 * node is left alone; a resubmitted listener may therefore run twice in the rare case of
 * a node that stopped after its work but before marking it complete.
 * <p>
 * The registry resubmits only publications marked failed. One whose node stopped before
 * or during its listener's work stays published, processing or resubmitted, so it is
 * first marked failed here once it is older than the minimum age (a resubmitted one
 * counted from its last resubmission, as is one whose resubmitted listener is
 * processing), in one statement any node may run.
 * <p>
 * The registry reads the failed publications, then marks each resubmitted unless it is
 * resubmitted already; a node that read a publication just before another node
 * resubmitted it, and whose listener has meanwhile moved it on to processing, would hand
 * it to its listener a second time (an email sent twice). So each node first claims a
 * publication with a statement only one node can win: still failed, unfinished, and
 * untouched for the minimum age (which also keeps a publication whose listener keeps
 * failing from being retried more often than that).
 */
@Component
public class EventPublicationResubmission {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

	private final FailedEventPublications failed;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration minAge;

	EventPublicationResubmission(FailedEventPublications failed, JdbcTemplate jdbc, Clock clock,
			@Value("${accord.events.resubmit-after:PT2M}") Duration minAge) {
		this.failed = failed;
		this.jdbc = jdbc;
		this.clock = clock;
		this.minAge = minAge;
	}

	@Scheduled(initialDelayString = "${accord.events.resubmit-every:PT1M}",
			fixedDelayString = "${accord.events.resubmit-every:PT1M}")
	public void resubmit() {
		try {
			markAbandonedFailed();
			failed.resubmit(ResubmissionOptions.defaults()
				.withMinAge(minAge)
				.withFilter(publication -> claim(publication.getIdentifier())));
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit incomplete event publications; trying again later", ex);
		}
	}

	/**
	 * Whether this node may hand the failed publication to its listener; at most one node
	 * wins, as the claim moves the publication's last resubmission to now.
	 */
	public boolean claim(UUID publication) {
		var now = clock.instant();
		return jdbc.update("""
				update event_publication set last_resubmission_date = ?
				where id = ? and status = 'FAILED' and completion_date is null
				  and coalesce(last_resubmission_date, publication_date) < ?""", Timestamp.from(now), publication,
				Timestamp.from(now.minus(minAge))) == 1;
	}

	/** Publications whose listener was left unfinished by a node that stopped. */
	int markAbandonedFailed() {
		var before = Timestamp.from(clock.instant().minus(minAge));
		int marked = jdbc.update("""
				update event_publication set status = 'FAILED'
				where completion_date is null
				  and coalesce(status, 'PUBLISHED') in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  and coalesce(last_resubmission_date, publication_date) < ?""", before);
		if (marked > 0) {
			log.info(
					"{} event publication(s) left unfinished by a stopped node will be handed to their listeners again",
					marked);
		}
		return marked;
	}

}
