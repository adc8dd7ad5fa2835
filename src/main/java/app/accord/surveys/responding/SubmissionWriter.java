package app.accord.surveys.responding;

import app.accord.surveys.answers.PendingResponse;
import app.accord.surveys.answers.ResponseRows;
import app.accord.surveys.answers.SurveyCounts;
import app.accord.surveys.rules.SurveyRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
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
	record Job(PendingResponse pending, String nonce, String invitationHash, LocalDate day,
			CompletableFuture<Outcome> done) {
	}

	private final BlockingQueue<Job> queue;

	private final JdbcTemplate jdbc;

	private final ResponseRows rows;

	private final SurveyCounts counts;

	private final TransactionTemplate transactions;

	private final int groupSize;

	private volatile boolean running = true;

	SubmissionWriter(JdbcTemplate jdbc, ResponseRows rows, SurveyCounts counts,
			PlatformTransactionManager transactionManager, @Qualifier(WriterThreads.EXECUTOR) TaskExecutor writers,
			@Value("${accord.surveys.submission-writers:2}") int writerCount,
			@Value("${accord.surveys.submission-group:100}") int groupSize) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.counts = counts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.groupSize = Math.max(1, groupSize);
		this.queue = new LinkedBlockingQueue<>(10_000);
		for (int i = 0; i < WriterThreads.writers(writerCount); i++) {
			writers.execute(this::run);
		}
	}

	/**
	 * Writes the response and waits until it is committed.
	 * @throws SurveyRuleViolation when its invitation was used meanwhile
	 */
	Outcome write(PendingResponse pending, String nonce, String invitationHash, LocalDate day) {
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
					group.get(i).done().complete((Outcome) outcome);
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
	 * answers, per job, its outcome or its refusal. A nonce or an invitation that comes
	 * twice in one group counts for its first job only.
	 */
	private List<Object> writeInTransaction(List<Job> group) {
		var outcomes = new Object[group.size()];
		var closed = closed(group);
		var nonces = new TreeMap<String, LocalDate>();
		for (int i = 0; i < group.size(); i++) {
			var job = group.get(i);
			if (closed.contains(job.pending().administrationId())) {
				outcomes[i] = new SurveyRuleViolation("token", "surveys.respond.closed");
			}
			else if (job.nonce() != null) {
				nonces.putIfAbsent(job.nonce(), job.day());
			}
		}
		var newNonces = markNonces(nonces);
		var invitations = new TreeSet<String>();
		for (int i = 0; i < group.size(); i++) {
			var job = group.get(i);
			if (outcomes[i] != null) {
				continue;
			}
			if (job.nonce() != null && !newNonces.remove(job.nonce())) {
				outcomes[i] = Outcome.ALREADY_STORED;
			}
			else if (job.invitationHash() != null) {
				invitations.add(job.invitationHash());
			}
		}
		var newInvitations = markInvitations(invitations);
		var accepted = new LinkedHashMap<LocalDate, List<PendingResponse>>();
		for (int i = 0; i < group.size(); i++) {
			var job = group.get(i);
			if (outcomes[i] != null) {
				continue;
			}
			if (job.invitationHash() != null && !newInvitations.remove(job.invitationHash())) {
				outcomes[i] = new SurveyRuleViolation("token", "surveys.respond.tokenUsed");
				continue;
			}
			accepted.computeIfAbsent(job.day(), d -> new ArrayList<>()).add(job.pending());
			outcomes[i] = Outcome.STORED;
		}
		var tally = new SurveyCounts.Tally();
		accepted.forEach((day, pending) -> rows.storeAll(pending, day, tally));
		counts.add(tally);
		return Arrays.asList(outcomes);
	}

	/**
	 * The group's administrations that staff have closed: the submitters checked the
	 * window, but with what they knew of the administration a few seconds ago.
	 */
	private Set<Long> closed(List<Job> group) {
		var ids = new TreeSet<Long>();
		group.forEach(job -> ids.add(job.pending().administrationId()));
		return new HashSet<>(
				jdbc.queryForList(
						"select id from survey_administration where closed_at is not null and id in (%s)"
							.formatted(String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))),
						Long.class, ids.toArray()));
	}

	/**
	 * Marks the nonces (in key order, so two groups never wait for each other in a
	 * circle) used on their day; answers those that had not been used before.
	 */
	private Set<String> markNonces(SortedMap<String, LocalDate> nonces) {
		if (nonces.isEmpty()) {
			return new HashSet<>();
		}
		if (counts.postgres()) {
			var days = nonces.values().stream().map(LocalDate::toString).toArray(String[]::new);
			return new HashSet<>(jdbc.query(connection -> {
				var statement = connection.prepareStatement("""
						insert into survey_used_nonce (nonce, used_on)
						select n, cast(d as date) from unnest(?::varchar[], ?::varchar[]) as t (n, d)
						on conflict do nothing returning nonce""");
				statement.setArray(1, connection.createArrayOf("varchar", nonces.keySet().toArray()));
				statement.setArray(2, connection.createArrayOf("varchar", days));
				return statement;
			}, (rs, n) -> rs.getString(1)));
		}
		var marked = new HashSet<String>();
		nonces.forEach((nonce, day) -> {
			if (jdbc.update("insert into survey_used_nonce (nonce, used_on) values (?, ?) on conflict do nothing",
					nonce, day) == 1) {
				marked.add(nonce);
			}
		});
		return marked;
	}

	/** Marks the invitations used; answers those that had not been used before. */
	private Set<String> markInvitations(SortedSet<String> hashes) {
		if (hashes.isEmpty()) {
			return new HashSet<>();
		}
		if (counts.postgres()) {
			return new HashSet<>(jdbc.query(connection -> {
				var statement = connection.prepareStatement("""
						insert into survey_used_token (token_hash) select h from unnest(?::varchar[]) as t (h)
						on conflict do nothing returning token_hash""");
				statement.setArray(1, connection.createArrayOf("varchar", hashes.toArray()));
				return statement;
			}, (rs, n) -> rs.getString(1)));
		}
		var marked = new HashSet<String>();
		for (var hash : hashes) {
			if (jdbc.update("insert into survey_used_token (token_hash) values (?) on conflict do nothing",
					hash) == 1) {
				marked.add(hash);
			}
		}
		return marked;
	}

	/**
	 * Stops the loops; their executor, shut down after this bean, waits for the group
	 * being written.
	 */
	@Override
	public void destroy() {
		running = false;
	}

}
