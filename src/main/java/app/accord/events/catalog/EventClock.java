package app.accord.events.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Time as the initiative counts it: event times are wall-clock times in its one
 * configured time zone ({@code accord.time-zone}).
 */
@Component
public class EventClock {

	private final Clock clock;

	private final ZoneId zone;

	EventClock(Clock clock, @Value("${accord.time-zone:America/Los_Angeles}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public LocalDateTime localNow() {
		return LocalDateTime.now(clock.withZone(zone));
	}

	public Instant now() {
		return clock.instant();
	}

	public ZoneId zone() {
		return zone;
	}

	Instant toInstant(LocalDateTime local) {
		return local.atZone(zone).toInstant();
	}

}
