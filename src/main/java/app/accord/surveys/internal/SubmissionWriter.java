package app.accord.surveys.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes checked responses in small groups: the submissions that arrive while a group is
 * being written go together in the next transaction, so their report counts collapse into
 * one upsert and they share one commit (group commit). Each submitter waits for its own
 * response to be committed, so an answered request means a stored response, as before. A
 * group that fails is written again one response at a time, so one bad response cannot
 * take others down with it.
 */
@Component
class SubmissionWriter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	/** One response waiting to be written, and what its submitter is told. */
	record Job(ResponseRows.Pending pending, String nonce, String invitationHash, LocalDate day,
			CompletableFuture<Responses.Outcome> done) {
	}

	private final BlockingQueue<Job> queue;

	private final JdbcTemplate jdbc;

	private final ResponseRows rows;

	private final SurveyCounts counts;

	private final TransactionTemplate transactions;

	private final int groupSize;

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running = true;

	SubmissionWriter(JdbcTemplate jdbc, ResponseRows rows, SurveyCounts counts,
			PlatformTransactionManager transactionManager,
			@Value("${accord.surveys.submission-writers:2}") int writerCount,
			@Value("${accord.surveys.submission-group:100}") int groupSize) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.counts = counts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.groupSize = Math.max(1, groupSize);
		this.queue = new LinkedBlockingQueue<>(10_000);
		for (int i = 0; i < Math.max(1, writerCount); i++) {
			var writer = new Thread(this::run, "survey-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			writers.add(writer);
		}
	}

	/**
	 * Writes the response and waits until it is committed.
	 * @throws SurveyRuleViolation when its invitation was used meanwhile
	 */
	Responses.Outcome write(ResponseRows.Pending pending, String nonce, String invitationHash, LocalDate day) {
		var job = new Job(pending, nonce, invitationHash, day, new CompletableFuture<>());
		try {
			if (!queue.offer(job, 10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Too many survey responses are waiting to be stored");
			}
			return job.done().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while storing a survey response", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("A survey response was not stored in time", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private void run() {
		while (running) {
			try {
				var first = queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				var group = new ArrayList<Job>();
				group.add(first);
				queue.drainTo(group, groupSize - 1);
				writeGroup(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Survey writer failed; going on", ex);
			}
		}
	}

	private void writeGroup(List<Job> group) {
		try {
			var outcomes = transactions.execute(status -> writeInTransaction(group));
			for (int i = 0; i < group.size(); i++) {
				var outcome = outcomes.get(i);
				if (outcome instanceof RuntimeException refusal) {
					group.get(i).done().completeExceptionally(refusal);
				}
				else {
					group.get(i).done().complete((Responses.Outcome) outcome);
				}
			}
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).done().completeExceptionally(ex);
				return;
			}
			for (var job : group) {
				writeGroup(List.of(job));
			}
		}
	}

	/**
	 * Marks nonces and invitations used, then stores the responses that may be stored;
	 * answers, per job, its outcome or its refusal.
	 */
	private List<Object> writeInTransaction(List<Job> group) {
		var outcomes = new ArrayList<Object>(group.size());
		var accepted = new LinkedHashMap<LocalDate, List<ResponseRows.Pending>>();
		for (var job : group) {
			if (job.nonce() != null && jdbc.update(
					"insert into survey_used_nonce (nonce, used_on) values (?, ?) on conflict do nothing", job.nonce(),
					job.day()) == 0) {
				outcomes.add(Responses.Outcome.ALREADY_STORED);
				continue;
			}
			if (job.invitationHash() != null
					&& jdbc.update("insert into survey_used_token (token_hash) values (?) on conflict do nothing",
							job.invitationHash()) == 0) {
				outcomes.add(new SurveyRuleViolation("token", "surveys.respond.tokenUsed"));
				continue;
			}
			accepted.computeIfAbsent(job.day(), d -> new ArrayList<>()).add(job.pending());
			outcomes.add(Responses.Outcome.STORED);
		}
		var tally = new SurveyCounts.Tally();
		accepted.forEach((day, pending) -> rows.storeAll(pending, day, tally));
		counts.add(tally);
		return outcomes;
	}

	@Override
	public void destroy() throws InterruptedException {
		running = false;
		for (var writer : writers) {
			writer.join(5_000);
		}
	}

}
