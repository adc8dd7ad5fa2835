package app.accord.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
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
 */
@Component
class EventPublicationResubmission {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationResubmission.class);

	private final IncompleteEventPublications incomplete;

	private final FailedEventPublications failed;

	private final Duration minAge;

	EventPublicationResubmission(IncompleteEventPublications incomplete, FailedEventPublications failed,
			@Value("${accord.events.resubmit-after:PT2M}") Duration minAge) {
		this.incomplete = incomplete;
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(initialDelayString = "${accord.events.resubmit-every:PT1M}",
			fixedDelayString = "${accord.events.resubmit-every:PT1M}")
	void resubmit() {
		try {
			var options = ResubmissionOptions.defaults().withMinAge(minAge);
			failed.resubmit(options);
			incomplete.resubmitIncompletePublications(options);
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit incomplete event publications; trying again later", ex);
		}
	}

}
