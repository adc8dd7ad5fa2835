package app.accord.shared.cache;

import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The version of what public pages show, kept in the database ({@code data_version}) so
 * that every node sees a change the moment it is committed. {@link WriteTracking} raises
 * it in the same transaction as the change.
 *
 * <p>
 * Reading it is one query, shared by the requests that arrive while it runs: a request
 * never waits for more than the query in flight and the one after it, which starts after
 * the request arrived and so sees every change committed before. However many requests
 * come at once, at most one such query is in flight.
 */
public final class DataVersion {

	static final String BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1";

	private static final String READ = "SELECT version FROM data_version WHERE id = 1";

	private final JdbcTemplate jdbc;

	private final Object lock = new Object();

	/** The query in flight, or null. */
	private CompletableFuture<Long> running;

	/** The query that starts when the one in flight is done, or null. */
	private CompletableFuture<Long> next;

	DataVersion(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The version as committed no earlier than the moment of the call. */
	public long current() {
		CompletableFuture<Long> mine;
		boolean runner;
		synchronized (this.lock) {
			if (this.running == null) {
				this.running = new CompletableFuture<>();
				mine = this.running;
				runner = true;
			}
			else {
				if (this.next == null) {
					this.next = new CompletableFuture<>();
				}
				mine = this.next;
				runner = false;
			}
		}
		if (runner) {
			run(mine);
		}
		return mine.join();
	}

	private void run(CompletableFuture<Long> first) {
		var query = first;
		while (query != null) {
			try {
				query.complete(this.jdbc.queryForObject(READ, Long.class));
			}
			catch (RuntimeException ex) {
				query.completeExceptionally(ex);
			}
			synchronized (this.lock) {
				this.running = this.next;
				this.next = null;
				query = this.running;
			}
		}
	}

}
