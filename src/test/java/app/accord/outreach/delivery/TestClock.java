package app.accord.outreach.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real time moved forward as far as a test likes: messages the application stores
 * with the system clock are due for a worker on this clock, and a test can jump past a
 * back-off or a lease without sleeping.
 */
final class TestClock extends Clock {

	private volatile Duration ahead = Duration.ZERO;

	void advance(Duration duration) {
		ahead = ahead.plus(duration);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(ahead);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}

}
