package app.accord.surveys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Today as the initiative counts days (its time zone): windows and response dates. */
@Component
class SurveyClock {

	private final Clock clock;

	private final ZoneId zone;

	SurveyClock(Clock clock, @Value("${accord.time-zone:America/Los_Angeles}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
