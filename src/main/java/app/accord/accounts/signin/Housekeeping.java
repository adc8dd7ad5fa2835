package app.accord.accounts.signin;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets what is no longer needed: used or expired one-time tokens and old login
 * attempts. Safe to run on every node at once.
 */
@Component
class Housekeeping {

	private final OneTimeTokens tokens;

	private final LoginThrottle throttle;

	Housekeeping(OneTimeTokens tokens, LoginThrottle throttle) {
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@Scheduled(cron = "${accord.accounts.housekeeping-cron:0 17 3 * * *}")
	void clean() {
		tokens.deleteExpired();
		throttle.forgetOlderThan(Duration.ofDays(90));
	}

}
