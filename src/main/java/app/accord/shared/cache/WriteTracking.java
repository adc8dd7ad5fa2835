package app.accord.shared.cache;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Sees every statement the application sends to the database, from any module and any
 * library (JPA, JDBC), and raises the {@link DataVersion} with each committed change of a
 * table public pages may show: in the same transaction, just before its commit, so the
 * change and the new version become visible together. Tables that no public page reads
 * (sessions, sign-in tokens, the outbox, survey answers, …) do not count, so signing in
 * or answering a survey does not empty the page cache.
 */
public final class WriteTracking extends DelegatingDataSource implements AutoCloseable {

	/** Tables whose changes no public page shows. */
	static final Set<String> PRIVATE_TABLES = Set.of("data_version", "spring_session", "spring_session_attributes",
			"event_publication", "account", "one_time_token", "login_attempt", "api_token", "audit_event",
			"outbox_message", "outbox_attachment", "coaching_lea_lock", "survey_count", "survey_count_state",
			"survey_response", "survey_answer", "survey_used_nonce", "survey_used_token", "survey_invitation",
			"survey_import", "survey_import_error", "flyway_schema_history");

	private static final Pattern WRITE = Pattern.compile(
			"^\\s*(?:insert\\s+into|merge\\s+into|update|delete\\s+from|delete|truncate\\s+table|truncate)\\s+\"?([a-z0-9_.]+)\"?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DDL = Pattern.compile("^\\s*(?:create|alter|drop)\\s", Pattern.CASE_INSENSITIVE);

	private static final Set<String> EXECUTES = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
			"executeLargeBatch", "executeQuery");

	/** Statements run that wrote to any table, private ones included. */
	private final AtomicLong writes = new AtomicLong();

	private final Deque<String> latest = new ConcurrentLinkedDeque<>();

	/** Off while the schema is migrated (there is no version to raise before that). */
	private volatile boolean started;

	public WriteTracking(DataSource target) {
		super(target);
	}

	/** Starts counting: called once the database is migrated. */
	void start() {
		this.started = true;
	}

	/** How many statements that write (to any table) have run since the start. */
	public long writes() {
		return this.writes.get();
	}

	/**
	 * The latest statements that wrote, each as "thread: SQL" (for diagnosis and tests).
	 */
	public List<String> latestWrites() {
		return List.copyOf(this.latest);
	}

	/** Closes the pool it wraps, as the container would have closed it unwrapped. */
	@Override
	public void close() throws Exception {
		if (getTargetDataSource() instanceof AutoCloseable pool) {
			pool.close();
		}
	}

	private void wrote(String sql) {
		this.writes.incrementAndGet();
		this.latest.addLast(Thread.currentThread().getName() + ": " + sql);
		while (this.latest.size() > 50) {
			this.latest.pollFirst();
		}
	}

	/** Whether the statement writes at all (to any table, or the schema). */
	static boolean writes(String sql) {
		return WRITE.matcher(sql).find() || DDL.matcher(sql).find();
	}

	/** Whether the statement changes a table some public page may show. */
	static boolean changesPublicData(String sql) {
		if (sql == null) {
			return false;
		}
		var write = WRITE.matcher(sql);
		if (write.find()) {
			var table = write.group(1).toLowerCase(Locale.ROOT);
			table = table.substring(table.lastIndexOf('.') + 1);
			return !PRIVATE_TABLES.contains(table);
		}
		return DDL.matcher(sql).find();
	}

	@Override
	public Connection getConnection() throws SQLException {
		return track(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return track(super.getConnection(username, password));
	}

	private Connection track(Connection connection) {
		if (!this.started) {
			return connection;
		}
		var tracked = new TrackedConnection(connection, this::wrote);
		tracked.proxy = (Connection) Proxy.newProxyInstance(WriteTracking.class.getClassLoader(),
				new Class<?>[] { Connection.class }, tracked);
		return tracked.proxy;
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** A connection that remembers whether its transaction changed public data. */
	private static final class TrackedConnection implements InvocationHandler {

		private final Connection target;

		private final Consumer<String> writes;

		private Connection proxy;

		private boolean changed;

		TrackedConnection(Connection target, Consumer<String> writes) {
			this.target = target;
			this.writes = writes;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit" -> {
					bumpIfChanged();
					return WriteTracking.invoke(this.target, method, args);
				}
				case "rollback" -> {
					if (args == null || args.length == 0) {
						this.changed = false;
					}
					return WriteTracking.invoke(this.target, method, args);
				}
				case "setAutoCommit" -> {
					// Turning auto-commit on commits what is pending.
					if (Boolean.TRUE.equals(args[0]) && !this.target.getAutoCommit()) {
						bumpIfChanged();
					}
					return WriteTracking.invoke(this.target, method, args);
				}
				case "close" -> {
					this.changed = false;
					return WriteTracking.invoke(this.target, method, args);
				}
				case "unwrap", "isWrapperFor" -> {
					return WriteTracking.invoke(this.target, method, args);
				}
				default -> {
				}
			}
			var result = WriteTracking.invoke(this.target, method, args);
			if (result instanceof Statement statement) {
				var sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
				var type = method.getReturnType();
				return Proxy.newProxyInstance(WriteTracking.class.getClassLoader(), new Class<?>[] { type },
						new TrackedStatement(this, statement, sql));
			}
			return result;
		}

		/** After a statement ran: a change to commit later, or committed already. */
		void ran(String sql, boolean changesPublicData) throws SQLException {
			if (sql != null && writes(sql)) {
				this.writes.accept(sql);
			}
			if (changesPublicData) {
				if (this.target.getAutoCommit()) {
					bump();
				}
				else {
					this.changed = true;
				}
			}
		}

		private void bumpIfChanged() throws SQLException {
			if (this.changed) {
				bump();
				this.changed = false;
			}
		}

		private void bump() throws SQLException {
			try (var statement = this.target.createStatement()) {
				statement.executeUpdate(DataVersion.BUMP);
			}
		}

	}

	/** A statement that tells its connection what it ran. */
	private static final class TrackedStatement implements InvocationHandler {

		private final TrackedConnection connection;

		private final Statement target;

		/** The SQL it was prepared with; null for a plain statement. */
		private final String prepared;

		/** A statement of the batch added since the last run: a public change if any. */
		private String batched;

		TrackedStatement(TrackedConnection connection, Statement target, String prepared) {
			this.connection = connection;
			this.target = target;
			this.prepared = prepared;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			var name = method.getName();
			if ("getConnection".equals(name)) {
				return this.connection.proxy;
			}
			if ("addBatch".equals(name) && args != null && args.length == 1 && args[0] instanceof String sql
					&& (changesPublicData(sql) || this.batched == null)) {
				this.batched = sql;
			}
			var result = WriteTracking.invoke(this.target, method, args);
			if (EXECUTES.contains(name)) {
				if (this.prepared != null) {
					this.connection.ran(this.prepared, changesPublicData(this.prepared));
				}
				else if (args != null && args.length > 0 && args[0] instanceof String sql) {
					this.connection.ran(sql, changesPublicData(sql));
				}
				else {
					this.connection.ran(this.batched, changesPublicData(this.batched));
					this.batched = null;
				}
			}
			return result;
		}

	}

}
