package app.accord.networks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today in the initiative's time zone, and now. */
@Component
class NetworkClock {

	private final Clock clock;

	private final ZoneId zone;

	NetworkClock(Clock clock, @Value("${accord.time-zone:America/Los_Angeles}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	Instant now() {
		return clock.instant();
	}

}
