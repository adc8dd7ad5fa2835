package app.accord.accounts.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting an attacker lock a real user out.
 * <ul>
 * <li>One address guessing one account: 5 failures in 15 minutes pause that pair.</li>
 * <li>One address guessing many accounts: 50 failures in 15 minutes pause the
 * address.</li>
 * <li>Many addresses guessing one account: 20 failures in an hour pause password sign-in
 * for that account, but only from addresses it has never signed in from; its owner keeps
 * signing in from their usual place, and an emailed sign-in link always works.</li>
 * </ul>
 * Emailed links are limited by what they cost the person who receives them and by who
 * asks, never by how many others asked for the same email:
 * <ul>
 * <li>One email gets at most one link every 5 minutes, whoever asks; a refused request
 * does not postpone the next link, so its owner can always have a link at most 5 minutes
 * old (a link works for 15).</li>
 * <li>One address asking for links: 30 requests in an hour pause that address, except for
 * the emails of accounts that have signed in from it in the last 90 days.</li>
 * </ul>
 * Attempts are stored in the database, so the limits hold across application nodes.
 */
@Component
public class LoginThrottle {

	enum Kind {

		PASSWORD, LINK_REQUEST, LINK_SIGN_IN

	}

	enum LinkDecision {

		ALLOWED,
		/** A link was requested for this email less than {@link #LINK_INTERVAL} ago. */
		RECENTLY_SENT,
		/** Too many links were requested from this address. */
		ADDRESS_PAUSED

	}

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int PAIR_LIMIT = 5;

	static final int ADDRESS_LIMIT = 50;

	static final int ACCOUNT_LIMIT = 20;

	static final Duration LINK_INTERVAL = Duration.ofMinutes(5);

	static final int LINK_REQUESTS_PER_ADDRESS_PER_HOUR = 30;

	static final Duration USUAL_PLACE = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean passwordAttemptAllowed(String email, String address) {
		var now = clock.instant();
		var key = key(email);
		if (failures("email = ? and address = ?", now.minus(WINDOW), key, address) >= PAIR_LIMIT) {
			return false;
		}
		if (failures("address = ?", now.minus(WINDOW), address) >= ADDRESS_LIMIT) {
			return false;
		}
		if (failures("email = ?", now.minus(Duration.ofHours(1)), key) >= ACCOUNT_LIMIT) {
			return hasSignedInFrom(key, address, now.minus(USUAL_PLACE));
		}
		return true;
	}

	/**
	 * Only requests that were let through are recorded, so refused ones (however many)
	 * never delay the next link for an email.
	 */
	LinkDecision linkRequest(String email, String address) {
		var now = clock.instant();
		var key = key(email);
		if (count("select count(*) from login_attempt where kind = 'LINK_REQUEST' and email = ? and attempted_at > ?",
				key, Timestamp.from(now.minus(LINK_INTERVAL))) > 0) {
			return LinkDecision.RECENTLY_SENT;
		}
		var fromAddress = count(
				"select count(*) from login_attempt where kind = 'LINK_REQUEST' and address = ? and attempted_at > ?",
				address(address), Timestamp.from(now.minus(Duration.ofHours(1))));
		if (fromAddress >= LINK_REQUESTS_PER_ADDRESS_PER_HOUR
				&& !hasSignedInFrom(key, address, now.minus(USUAL_PLACE))) {
			return LinkDecision.ADDRESS_PAUSED;
		}
		return LinkDecision.ALLOWED;
	}

	/**
	 * Recorded in its own transaction: a failed sign-in rolls nothing back that should
	 * count.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(Kind kind, String email, String address, boolean succeeded) {
		jdbc.sql("insert into login_attempt (email, address, kind, succeeded, attempted_at) values (?, ?, ?, ?, ?)")
			.params(key(email), address(address), kind.name(), succeeded, Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional
	int forgetOlderThan(Duration age) {
		return jdbc.sql("delete from login_attempt where attempted_at < ?")
			.param(Timestamp.from(clock.instant().minus(age)))
			.update();
	}

	private long failures(String condition, Instant since, Object... params) {
		var args = new Object[params.length + 1];
		System.arraycopy(params, 0, args, 0, params.length);
		args[params.length] = Timestamp.from(since);
		return count("select count(*) from login_attempt where kind = 'PASSWORD' and succeeded = false and " + condition
				+ " and attempted_at > ?", args);
	}

	/** By password or by an emailed link. */
	private boolean hasSignedInFrom(String email, String address, Instant since) {
		return count("""
				select count(*) from login_attempt
				where kind in ('PASSWORD', 'LINK_SIGN_IN') and succeeded = true and email = ? and address = ?
				and attempted_at > ?""", email, address(address), Timestamp.from(since)) > 0;
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String key(String email) {
		var normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		return normalized.length() > 320 ? normalized.substring(0, 320) : normalized;
	}

	private static String address(String address) {
		return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
	}

}
