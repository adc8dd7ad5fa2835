package app.accord.surveys.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports responses collected elsewhere: a CSV with item codes as columns (plus
 * {@code lea} when the administration has several LEAs, and optionally {@code site}), one
 * response per row, values as the API takes them. Rows are checked like answers from the
 * form and stored as they are read, {@value #BATCH} at a time with multi-row statements;
 * if any row is wrong nothing is kept and every wrong row is reported (the first
 * {@link #MAX_ERRORS} in full). Imported responses are dated with the administration's
 * closing day.
 *
 * <p>
 * An upload runs in the background, one at a time, from a copy of the file: the file is
 * read as a stream (memory does not grow with its length; report counts are added up in
 * memory, bounded by items, values, groups and sites, and written once at the end, so
 * submissions arriving meanwhile are not held up) and staff follow a {@link Job}'s
 * progress on the administration's page.
 */
@Service
class ResponseImport {

	private static final Logger log = LoggerFactory.getLogger(ResponseImport.class);

	static final int MAX_ERRORS = 200;

	static final int BATCH = 1000;

	/** Finished imports kept for their page. */
	static final int KEPT = 50;

	record RowError(long row, String column, String messageKey, String value) {
	}

	record Result(long imported, long wrongRows, List<RowError> errors) {

		public boolean ok() {
			return wrongRows == 0 && errors.isEmpty();
		}

	}

	/** An import under way or finished: what its progress bar and summary show. */
	static final class Job {

		private final String id = Tokens.random();

		private final long administrationId;

		private final long bytes;

		private final AtomicLong read = new AtomicLong();

		private volatile long rows;

		private volatile Result result;

		private volatile boolean failed;

		private final long started = System.nanoTime();

		private volatile long seconds;

		Job(long administrationId, long bytes) {
			this.administrationId = administrationId;
			this.bytes = bytes;
		}

		public String id() {
			return id;
		}

		public long administrationId() {
			return administrationId;
		}

		/** Share of the file read so far (0 to 100). */
		public int percent() {
			return bytes == 0 ? 100 : (int) Math.min(100, read.get() * 100 / bytes);
		}

		public long rows() {
			return rows;
		}

		public boolean done() {
			return result != null || failed;
		}

		/** Null while running, and when it failed for a reason other than its rows. */
		public Result result() {
			return result;
		}

		public boolean failed() {
			return failed;
		}

		/** Seconds it took, once done. */
		public long seconds() {
			return seconds;
		}

		private void finish(Result result, boolean failed) {
			this.seconds = (System.nanoTime() - started) / 1_000_000_000L;
			this.failed = failed;
			this.result = result;
		}

	}

	private final Responses responses;

	private final Administrations administrations;

	private final Instruments instruments;

	private final SurveyCounts counts;

	private final TransactionTemplate transactions;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "survey-import");
		thread.setDaemon(true);
		return thread;
	});

	ResponseImport(Responses responses, Administrations administrations, Instruments instruments, SurveyCounts counts,
			PlatformTransactionManager transactionManager) {
		this.responses = responses;
		this.administrations = administrations;
		this.instruments = instruments;
		this.counts = counts;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/**
	 * Starts importing {@code file} (a copy the import owns and deletes when done) into
	 * the administration, in the background.
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	public Job start(long administrationId, Path file) throws IOException {
		administrations.require(administrationId);
		var job = new Job(administrationId, Files.size(file));
		forgetOldJobs();
		jobs.put(job.id(), job);
		executor.submit(() -> run(job, file));
		return job;
	}

	/** An import of this administration started here, while it is remembered. */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	public Optional<Job> job(long administrationId, String id) {
		return Optional.ofNullable(id == null ? null : jobs.get(id))
			.filter(job -> job.administrationId() == administrationId);
	}

	private void forgetOldJobs() {
		var finished = jobs.values()
			.stream()
			.filter(Job::done)
			.sorted(Comparator.comparingLong(j -> j.started))
			.toList();
		for (var i = 0; i < finished.size() - KEPT; i++) {
			jobs.remove(finished.get(i).id());
		}
	}

	private void run(Job job, Path file) {
		try (var in = new CountingInputStream(Files.newInputStream(file), job.read)) {
			var result = transactions.execute(status -> {
				var outcome = importCsv(job.administrationId(), in, rows -> job.rows = rows);
				if (!outcome.ok()) {
					status.setRollbackOnly();
				}
				return outcome;
			});
			job.finish(result, false);
		}
		catch (RuntimeException | IOException ex) {
			log.error("Import into survey administration {} failed", job.administrationId(), ex);
			job.finish(null, true);
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

	/**
	 * Reads, checks and stores the rows; the caller's transaction must be rolled back
	 * unless the result is {@link Result#ok()}.
	 */
	Result importCsv(long administrationId, InputStream csv, LongConsumer progress) {
		var administration = administrations.require(administrationId);
		var instrument = instruments.require(administration.instrumentId());
		var reader = new CsvReader(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16));
		var header = reader.next();
		var errors = new ArrayList<RowError>();
		if (header == null) {
			errors.add(new RowError(1, null, "surveys.import.empty", null));
			return new Result(0, 0, errors);
		}
		var leaColumn = -1;
		var siteColumn = -1;
		var codes = new String[header.size()];
		for (var i = 0; i < header.size(); i++) {
			var name = header.get(i).strip();
			if (name.equalsIgnoreCase("lea")) {
				leaColumn = i;
			}
			else if (name.equalsIgnoreCase("site")) {
				siteColumn = i;
			}
			else if (instrument.question(name).isPresent()) {
				codes[i] = name;
			}
			else {
				errors.add(new RowError(1, name, "surveys.import.columnUnknown", name));
			}
		}
		if (leaColumn < 0 && administration.leas().size() > 1) {
			errors.add(new RowError(1, "lea", "surveys.import.leaColumnRequired", null));
		}
		if (!errors.isEmpty()) {
			return new Result(0, 0, errors);
		}
		var targets = new HashMap<String, Responses.Target>();
		for (var lea : administration.leas()) {
			targets.put(lea.cdsCode(), new Responses.Target(administration, instrument, lea, null));
		}
		var single = administration.leas().size() == 1 ? administration.leas().get(0).cdsCode() : null;
		long row = 1;
		long imported = 0;
		long wrong = 0;
		var pending = new ArrayList<Responses.Pending>();
		var tally = new SurveyCounts.Tally();
		List<String> cells;
		while ((cells = reader.next()) != null) {
			row++;
			if (row % BATCH == 0) {
				progress.accept(row - 1);
			}
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			var lea = leaColumn >= 0 && leaColumn < cells.size() && !cells.get(leaColumn).isBlank()
					? cells.get(leaColumn).strip() : single;
			var target = lea == null ? null : targets.get(lea);
			if (target == null) {
				wrong++;
				add(errors, new RowError(row, "lea", "surveys.import.leaUnknown", lea));
				continue;
			}
			var answers = new HashMap<String, String>();
			for (var i = 0; i < codes.length && i < cells.size(); i++) {
				if (codes[i] != null && !cells.get(i).isBlank()) {
					answers.put(codes[i], cells.get(i));
				}
			}
			String site = null;
			if (siteColumn >= 0 && siteColumn < cells.size() && !cells.get(siteColumn).isBlank()) {
				var given = cells.get(siteColumn).strip();
				site = target.lea()
					.sites()
					.stream()
					.filter(s -> s.code().equalsIgnoreCase(given) || s.name().equalsIgnoreCase(given))
					.map(Administration.Site::code)
					.findFirst()
					.orElse(given);
			}
			try {
				var checked = responses.validate(target, new Submission(null, answers, site, null));
				if (wrong == 0) {
					pending.add(new Responses.Pending(administrationId, lea, checked));
					if (pending.size() == BATCH) {
						responses.storeAll(pending, administration.closesOn(), tally);
						pending.clear();
					}
				}
				imported++;
			}
			catch (InvalidAnswers ex) {
				wrong++;
				for (var error : ex.errors().entrySet()) {
					add(errors,
							new RowError(row, error.getKey(), error.getValue(), shorten(answers.get(error.getKey()))));
				}
			}
		}
		progress.accept(row - 1);
		if (wrong > 0) {
			return new Result(0, wrong, errors);
		}
		responses.storeAll(pending, administration.closesOn(), tally);
		counts.add(tally);
		return new Result(imported, 0, errors);
	}

	private static void add(List<RowError> errors, RowError error) {
		if (errors.size() < MAX_ERRORS) {
			errors.add(error);
		}
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

	private static String shorten(String value) {
		return value == null || value.length() <= 60 ? value : value.substring(0, 60) + "…";
	}

}
