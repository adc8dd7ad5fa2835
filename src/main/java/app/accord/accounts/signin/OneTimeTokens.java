package app.accord.accounts.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import app.accord.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, short-lived secrets: sign-in links, invitations and the first-admin setup
 * link. Only their hash is stored; using one is a single conditional update, so two
 * clicks (or two nodes) cannot both succeed.
 */
@Component
public class OneTimeTokens {

	public enum Purpose {

		SIGN_IN, INVITATION, SETUP

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public String issue(Purpose purpose, Long personId, Duration validFor) {
		var token = Secrets.random();
		var now = clock.instant();
		jdbc.sql("""
				insert into one_time_token (purpose, person_id, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(purpose.name(), personId, Secrets.sha256(token), Timestamp.from(now),
					Timestamp.from(now.plus(validFor)))
			.update();
		return token;
	}

	/**
	 * Whether the token is valid now, without using it (to show a confirmation page).
	 */
	public boolean isValid(String token, Purpose purpose) {
		return find(token, purpose).isPresent();
	}

	/**
	 * Uses the token: returns the person it was issued for (or an empty id for setup
	 * tokens) once; empty when it is unknown, expired or used.
	 */
	@Transactional
	public Optional<Redeemed> redeem(String token, Purpose purpose) {
		var found = find(token, purpose);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var now = Timestamp.from(clock.instant());
		var used = jdbc.sql("""
				update one_time_token set used_at = ?
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(now, Secrets.sha256(token), purpose.name(), now)
			.update();
		return used == 1 ? found : Optional.empty();
	}

	/** Makes every unused link issued for the person unusable. */
	@Transactional
	public int voidAll(long personId) {
		var now = Timestamp.from(clock.instant());
		return jdbc.sql("update one_time_token set used_at = ? where person_id = ? and used_at is null")
			.params(now, personId)
			.update();
	}

	@Transactional
	int deleteExpired() {
		var cutoff = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
		return jdbc.sql("delete from one_time_token where expires_at < ?").param(cutoff).update();
	}

	private Optional<Redeemed> find(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select person_id from one_time_token
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(Secrets.sha256(token), purpose.name(), Timestamp.from(clock.instant()))
			.query((rs, row) -> new Redeemed((Long) rs.getObject("person_id")))
			.optional();
	}

	record Redeemed(Long personId) {
	}

}
