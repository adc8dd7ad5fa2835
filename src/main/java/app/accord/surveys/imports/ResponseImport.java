package app.accord.surveys.imports;

import app.accord.shared.Secrets;
import app.accord.surveys.administrations.Administrations;
import java.time.Clock;
import java.time.ZoneOffset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports responses collected elsewhere from a CSV, read, checked and stored by
 * {@link ResponseCsv}: if any row is wrong nothing is kept and every wrong row is
 * reported.
 *
 * <p>
 * An upload runs in the background on the node that received it, one at a time, from a
 * copy of the file, in one transaction: the file is read as a stream (memory does not
 * grow with its length; report counts are added up in memory, bounded by items, values,
 * groups and sites, and written once at the end, so submissions arriving meanwhile are
 * not held up). Its progress and outcome are kept in {@code survey_import}, so the
 * administration's page shows them whichever node serves it.
 */
@Service
public class ResponseImport {

	private static final Logger log = LoggerFactory.getLogger(ResponseImport.class);

	/** An import whose progress has not moved for this long is taken as failed. */
	static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

	record RowError(long row, String column, String messageKey, String value) {
	}

	record Result(long imported, long wrongRows, List<RowError> errors) {

		public boolean ok() {
			return wrongRows == 0 && errors.isEmpty();
		}

	}

	enum State {

		RUNNING, DONE, FAILED

	}

	/**
	 * An import under way or finished, as its progress bar and summary show it; kept in
	 * {@code survey_import} so that every node can show it.
	 */
	public record Job(String id, long administrationId, long bytes, long bytesRead, long rows, State state,
			Result result, long seconds) {

		/** Share of the file read so far (0 to 100). */
		public int percent() {
			return bytes == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytes);
		}

		public boolean done() {
			return state != State.RUNNING;
		}

		public boolean failed() {
			return state == State.FAILED;
		}

	}

	private final ResponseCsv csv;

	private final Administrations administrations;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	/** For progress written while the import's own transaction is still open. */
	private final TransactionTemplate separately;

	private final TaskExecutor executor;

	ResponseImport(ResponseCsv csv, Administrations administrations, JdbcTemplate jdbc, Clock clock,
			PlatformTransactionManager transactionManager, @Qualifier(ImportThreads.EXECUTOR) TaskExecutor executor) {
		this.executor = executor;
		this.csv = csv;
		this.administrations = administrations;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.separately = new TransactionTemplate(transactionManager);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Starts importing {@code file} (a copy the import owns and deletes when done) into
	 * the administration, in the background on this node.
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	public Job start(long administrationId, Path file) throws IOException {
		administrations.require(administrationId);
		var id = Secrets.random();
		var bytes = Files.size(file);
		jdbc.update(
				"insert into survey_import (id, administration_id, bytes, bytes_read, rows_read, state, started_at, updated_at) values (?, ?, ?, 0, 0, ?, ?, ?)",
				id, administrationId, bytes, State.RUNNING.name(), clock.instant().atOffset(ZoneOffset.UTC),
				clock.instant().atOffset(ZoneOffset.UTC));
		try {
			executor.execute(() -> run(id, administrationId, file));
		}
		catch (TaskRejectedException ex) {
			log.warn("Import into survey administration {} refused: {} uploads are waiting", administrationId,
					ImportThreads.QUEUE);
			finish(id, State.FAILED, 0, null);
			Files.deleteIfExists(file);
			return new Job(id, administrationId, bytes, 0, 0, State.FAILED, null, 0);
		}
		return new Job(id, administrationId, bytes, 0, 0, State.RUNNING, null, 0);
	}

	/**
	 * An import of this administration. One that has not moved for {@link #STALE} (its
	 * node stopped) counts as failed: its transaction never committed, so nothing was
	 * kept.
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	public Optional<Job> job(long administrationId, String id) {
		if (id == null || !Secrets.wellFormed(id)) {
			return Optional.empty();
		}
		var jobs = jdbc.query("""
				select bytes, bytes_read, rows_read, state, imported, wrong_rows, started_at, updated_at, finished_at
				from survey_import where id = ? and administration_id = ?""", (rs, n) -> {
			var state = State.valueOf(rs.getString(4));
			var started = rs.getObject(7, java.time.OffsetDateTime.class);
			var updated = rs.getObject(8, java.time.OffsetDateTime.class);
			var finished = rs.getObject(9, java.time.OffsetDateTime.class);
			if (state == State.RUNNING && updated.plus(STALE).isBefore(clock.instant().atOffset(ZoneOffset.UTC))) {
				state = State.FAILED;
			}
			Result result = null;
			if (state == State.DONE) {
				result = new Result(rs.getLong(5), rs.getLong(6), errors(id));
			}
			var seconds = finished == null ? 0 : java.time.Duration.between(started, finished).toSeconds();
			return new Job(id, administrationId, rs.getLong(1), rs.getLong(2), rs.getLong(3), state, result, seconds);
		}, id, administrationId);
		return jobs.stream().findFirst();
	}

	private List<RowError> errors(String id) {
		return jdbc.query(
				"select row_no, column_name, message_key, cell_value from survey_import_error where import_id = ? order by position",
				(rs, n) -> new RowError(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), id);
	}

	private void run(String id, long administrationId, Path file) {
		var read = new AtomicLong();
		try (var in = new CountingInputStream(Files.newInputStream(file), read)) {
			var result = transactions.execute(status -> {
				var outcome = csv.read(administrationId, in, rows -> progress(id, read.get(), rows));
				if (!outcome.ok()) {
					status.setRollbackOnly();
				}
				return outcome;
			});
			finish(id, State.DONE, read.get(), result);
		}
		catch (RuntimeException | IOException ex) {
			log.error("Import into survey administration {} failed", administrationId, ex);
			finish(id, State.FAILED, read.get(), null);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", file, ex);
			}
		}
	}

	private void progress(String id, long bytesRead, long rows) {
		separately.executeWithoutResult(status -> jdbc.update(
				"update survey_import set bytes_read = ?, rows_read = ?, updated_at = ? where id = ?", bytesRead, rows,
				clock.instant().atOffset(ZoneOffset.UTC), id));
	}

	private void finish(String id, State state, long bytesRead, Result result) {
		separately.executeWithoutResult(status -> {
			jdbc.update(
					"update survey_import set state = ?, bytes_read = ?, imported = ?, wrong_rows = ?, updated_at = ?, finished_at = ? where id = ?",
					state.name(), bytesRead, result == null ? null : result.imported(),
					result == null ? null : result.wrongRows(), clock.instant().atOffset(ZoneOffset.UTC),
					clock.instant().atOffset(ZoneOffset.UTC), id);
			if (result != null) {
				var position = 0;
				for (var error : result.errors()) {
					jdbc.update(
							"insert into survey_import_error (import_id, position, row_no, column_name, message_key, cell_value) values (?, ?, ?, ?, ?, ?)",
							id, position++, error.row(), cut(error.column()), error.messageKey(), cut(error.value()));
				}
			}
		});
	}

	/** Counts the bytes read, for the progress bar. */
	private static final class CountingInputStream extends FilterInputStream {

		private final AtomicLong count;

		CountingInputStream(InputStream in, AtomicLong count) {
			super(in);
			this.count = count;
		}

		@Override
		public int read() throws IOException {
			var b = super.read();
			if (b >= 0) {
				count.incrementAndGet();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			var n = super.read(buffer, offset, length);
			if (n > 0) {
				count.addAndGet(n);
			}
			return n;
		}

	}

	/** A header cell can be as long as the file makes it. */
	private static String cut(String value) {
		return value == null || value.length() <= 200 ? value : value.substring(0, 199) + "…";
	}

}
