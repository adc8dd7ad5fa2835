package app.accord.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the initiative's time zone
 * ({@code accord.time-zone}): {@code LocalDate.now(clock)} is today as the initiative
 * counts days, {@code clock.instant()} is now, {@code clock.getZone()} the zone
 * wall-clock times (such as an event's start) are in. Tests replace it with a fixed one.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

	@Bean
	Clock clock(@Value("${accord.time-zone:America/Los_Angeles}") ZoneId zone) {
		return Clock.system(zone);
	}

}
