package app.accord.outreach.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPropertiesTests {

	OutboxProperties properties = OutboxProperties.defaults();

	@Test
	void backOffDoublesFromThirtySecondsAndStopsAtAnHour() {
		assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(properties.backoffAfter(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(properties.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(properties.backoffAfter(1_000)).isEqualTo(Duration.ofHours(1));
	}

}
