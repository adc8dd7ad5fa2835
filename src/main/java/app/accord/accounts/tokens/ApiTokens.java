package app.accord.accounts.tokens;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.accord.accounts.SignedInUser;
import app.accord.accounts.audit.AuditLog;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.shared.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: shown once when created, stored only as a hash, revocable, and
 * only as powerful as their owner's account is now.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "acc_";

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AccountRepository accounts, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token and returns it; this is the only time its value is known. */
	@Transactional
	public String create(long personId, String name) {
		var token = PREFIX + Secrets.random();
		store(personId, name, token);
		audit.record("api-token.created", String.valueOf(personId), name);
		return token;
	}

	/** Stores a token chosen by the operator (the bootstrap token), once. */
	@Transactional
	public boolean createIfAbsent(long personId, String name, String token) {
		var exists = jdbc.sql("select count(*) from api_token where token_hash = ?")
			.param(Secrets.sha256(token))
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			store(personId, name, token);
		}
		return !exists;
	}

	@Transactional
	public boolean revoke(long personId, long tokenId) {
		var revoked = jdbc
			.sql("update api_token set revoked_at = ? where id = ? and person_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), tokenId, personId)
			.update() == 1;
		if (revoked) {
			audit.record("api-token.revoked", String.valueOf(personId), String.valueOf(tokenId));
		}
		return revoked;
	}

	/**
	 * Revokes every token the person still has, so that enabling their account again does
	 * not bring them back.
	 */
	@Transactional
	public int revokeAll(long personId) {
		var revoked = jdbc.sql("update api_token set revoked_at = ? where person_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), personId)
			.update();
		if (revoked > 0) {
			audit.record("api-token.revoked", String.valueOf(personId), "all " + revoked);
		}
		return revoked;
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> list(long personId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, revoked_at from api_token
				where person_id = ? order by created_at desc""")
			.param(personId)
			.query((rs, row) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/**
	 * The account a presented token acts for, if the token is known, not revoked and the
	 * account is enabled.
	 */
	@Transactional
	public Optional<SignedInUser> authenticate(String token) {
		if (token == null || token.length() < 20 || token.length() > 200) {
			return Optional.empty();
		}
		var hash = Secrets.sha256(token);
		var found = jdbc
			.sql("select id, person_id, last_used_at from api_token where token_hash = ? and revoked_at is null")
			.param(hash)
			.query((rs, row) -> new Found(rs.getLong("id"), rs.getLong("person_id"),
					instant(rs.getTimestamp("last_used_at"))))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var now = clock.instant();
		var lastUsed = found.get().lastUsedAt();
		// Write at most once a minute per token: scripts may call the API in tight loops.
		if (lastUsed == null || lastUsed.isBefore(now.minus(Duration.ofMinutes(1)))) {
			jdbc.sql("update api_token set last_used_at = ? where id = ?")
				.params(Timestamp.from(now), found.get().id())
				.update();
		}
		return accounts.findById(found.get().personId()).filter(Account::isEnabled).map(Account::toSignedInUser);
	}

	private void store(long personId, String name, String token) {
		jdbc.sql("insert into api_token (person_id, name, token_hash, prefix, created_at) values (?, ?, ?, ?, ?)")
			.params(personId, name, Secrets.sha256(token), token.substring(0, Math.min(8, token.length())),
					Timestamp.from(clock.instant()))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	public record TokenInfo(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}

	}

	private record Found(long id, long personId, Instant lastUsedAt) {
	}

}
