package app.accord.surveys.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not part of the build (its name does not end in Tests). Loads
 * {@code bench.responses} anonymous responses (default 100,000; 5 Likert items, role
 * group and years each) over {@code bench.leas} LEAs straight into the tables, then
 * prints report latency (p50/p95 of repeated reports: all LEAs with the role breakdown,
 * and one LEA) and the rate of response submissions over real HTTP from
 * {@code bench.threads} clients. Run:
 *
 * <pre>
 * ./mvnw -o test -Dtest=SurveyBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.responses=100000
 * </pre>
 *
 * On the in-memory H2 of the test profile unless SPRING_DATASOURCE_URL names PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyBench {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SurveyTestData data;

	@Autowired
	SurveyReports reports;

	@LocalServerPort
	int port;

	static final String[] ITEMS = { "LMC_PROBLEM_SOLVING", "LMC_INPUT_VOICE", "LMC_PROFESSIONALIZE",
			"LMC_EXPRESS_OPINIONS", "LMC_SHAPE_PRIORITIES" };

	static final String[] ROLES = { "CERTIFICATED", "CLASSIFIED", "ADMINISTRATOR" };

	@Test
	void bench() throws Exception {
		var responses = Integer.getInteger("bench.responses", 100_000);
		var leaCount = Integer.getInteger("bench.leas", 10);
		var threads = Integer.getInteger("bench.threads", 8);
		var seconds = Integer.getInteger("bench.seconds", 20);
		var leas = data.anyLeas(leaCount);
		var headcounts = new java.util.LinkedHashMap<String, Integer>();
		leas.forEach(lea -> headcounts.put(lea, responses));
		var id = data.openAdministration(headcounts);

		var start = System.nanoTime();
		load(id, leas, responses);
		var loadSeconds = (System.nanoTime() - start) / 1e9;
		// What autovacuum would do after a bulk load: fresh statistics for the planner.
		jdbc.execute("ANALYZE");
		print("loaded %,d responses (%,d answers) in %.1f s", responses, responses * 7L, loadSeconds);

		var lea = leas.get(0);
		latency("report, all LEAs, by role group",
				() -> reports.administration(id, null, Breakdown.ROLE, Locale.ENGLISH));
		latency("report, one LEA (%,d responses), by role group".formatted(responses / leaCount),
				() -> reports.administration(id, lea, Breakdown.ROLE, Locale.ENGLISH));
		latency("report, one LEA, no breakdown", () -> reports.administration(id, lea, Breakdown.NONE, Locale.ENGLISH));

		submissions(data.link(id, lea), threads, seconds);
	}

	private void load(long id, List<String> leas, int responses) {
		var random = new java.util.Random(1);
		var batch = 5_000;
		for (var from = 0; from < responses; from += batch) {
			var size = Math.min(batch, responses - from);
			var roles = new String[size];
			var leaOf = new String[size];
			var rows = new ArrayList<Object[]>();
			for (var i = 0; i < size; i++) {
				roles[i] = ROLES[random.nextInt(ROLES.length)];
				leaOf[i] = leas.get((from + i) % leas.size());
				rows.add(new Object[] { id, leaOf[i], roles[i], java.sql.Date.valueOf("2030-01-15") });
			}
			var before = jdbc.queryForObject("select coalesce(max(id), 0) from survey_response", Long.class);
			jdbc.batchUpdate(
					"insert into survey_response (administration_id, lea_cds_code, group_code, submitted_on) values (?, ?, ?, ?)",
					rows);
			var ids = jdbc.queryForList(
					"select id from survey_response where administration_id = ? and id > ? order by id", Long.class, id,
					before);
			var answers = new ArrayList<Object[]>();
			for (var i = 0; i < ids.size(); i++) {
				answers.add(new Object[] { ids.get(i), id, leaOf[i], roles[i], "ROLE_GROUP", null, roles[i] });
				answers.add(new Object[] { ids.get(i), id, leaOf[i], roles[i], "YEARS_IN_DISTRICT", null, "OVER_10" });
				for (var item : ITEMS) {
					answers.add(new Object[] { ids.get(i), id, leaOf[i], roles[i], item, random.nextInt(6), null });
				}
			}
			jdbc.batchUpdate(
					"insert into survey_answer (response_id, administration_id, lea_cds_code, group_code, item_code, answer_value, choice_code) values (?, ?, ?, ?, ?, ?, ?)",
					answers, 5_000, (ps, a) -> {
						for (var c = 0; c < a.length; c++) {
							if (a[c] == null) {
								ps.setNull(c + 1, c == 5 ? java.sql.Types.INTEGER : java.sql.Types.VARCHAR);
							}
							else {
								ps.setObject(c + 1, a[c]);
							}
						}
					});
		}
	}

	private void latency(String label, Runnable report) {
		for (var i = 0; i < 3; i++) {
			SurveyTestData.asStaff(() -> {
				report.run();
				return null;
			});
		}
		var runs = 30;
		var times = new double[runs];
		for (var i = 0; i < runs; i++) {
			var start = System.nanoTime();
			SurveyTestData.asStaff(() -> {
				report.run();
				return null;
			});
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		print("%s: p50 %.0f ms, p95 %.0f ms (%d runs)", label, times[runs / 2], times[(int) Math.ceil(runs * 0.95) - 1],
				runs);
	}

	private void submissions(String token, int threads, int seconds) throws Exception {
		var client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(threads)).build();
		var body = """
				{"token":"%s","answers":{"ROLE_GROUP":"CLASSIFIED","LMC_PROBLEM_SOLVING":4,"LMC_INPUT_VOICE":5,
				 "LMC_PROFESSIONALIZE":3,"LMC_EXPRESS_OPINIONS":4,"LMC_SHAPE_PRIORITIES":2,"LMC_COMMENTS":"bench"}}"""
			.formatted(token);
		var uri = URI.create("http://localhost:" + port + "/api/v1/surveys/responses");
		var ok = new AtomicInteger();
		var failed = new AtomicInteger();
		var deadline = System.nanoTime() + seconds * 1_000_000_000L;
		var pool = Executors.newFixedThreadPool(threads);
		var start = System.nanoTime();
		for (var t = 0; t < threads; t++) {
			pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					try {
						var response = client.send(HttpRequest.newBuilder(uri)
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.discarding());
						(response.statusCode() == 201 ? ok : failed).incrementAndGet();
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		var elapsed = (System.nanoTime() - start) / 1e9;
		print("submissions over HTTP: %,d stored in %.1f s = %.0f responses/s (%d threads, %d failed)", ok.get(),
				elapsed, ok.get() / elapsed, threads, failed.get());
	}

	private static void print(String format, Object... args) {
		System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
	}

}
