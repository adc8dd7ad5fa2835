package app.accord.surveys.imports;

import app.accord.surveys.instruments.Item;
import app.accord.surveys.instruments.ItemKind;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.SurveyTestData;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.imports.ResponseImport;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.reports.SurveyReports;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not part of the build (its name does not end in Tests). With an instrument
 * of {@value #ITEMS} items (role group, years in district, 27 agreement items, one open
 * question) fielded to {@code bench.leas} LEAs, it:
 * <ol>
 * <li>writes a CSV of {@code bench.responses} responses (default 100,000; one in ten with
 * a comment) and imports it as staff do, printing the time and the peak heap;</li>
 * <li>prints report latency, p50/p95 of repeated all-item reports with the role-group
 * breakdown: the whole administration, one LEA, and the statewide report of all
 * administrations and of one LEA;</li>
 * <li>prints the rate of response submissions over real HTTP from {@code bench.threads}
 * clients during {@code bench.seconds}, after {@code bench.warmup} seconds (default 30)
 * of the same traffic, to the application started for the test or to {@code bench.url} (a
 * running {@code java -jar target/accord.jar} on the same database).</li>
 * </ol>
 * Run (PostgreSQL; without SPRING_DATASOURCE_URL on the in-memory H2 of the test
 * profile):
 *
 * <pre>
 * createdb -h 127.0.0.1 -U postgres accord_bench
 * SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/accord_bench SPRING_DATASOURCE_USERNAME=postgres \
 *   ./mvnw -o test -Dtest=SurveyBench -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dtest.jvm.args="-Xmx1g" -Dbench.responses=1000000 -Dbench.leas=50
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyBench {

	static final int ITEMS = 30;

	static final int LIKERT = ITEMS - 3;

	static final String[] ROLES = { "CERTIFICATED", "CLASSIFIED", "ADMINISTRATOR" };

	static final String[] YEARS = { "UP_TO_2", "FROM_3_TO_10", "OVER_10" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SurveyTestData data;

	@Autowired
	SurveyReports reports;

	@Autowired
	Instruments instruments;

	@Autowired
	Administrations administrations;

	@Autowired
	ResponseImport responseImport;

	@LocalServerPort
	int port;

	@Test
	void bench() throws Exception {
		var responses = Integer.getInteger("bench.responses", 100_000);
		var leaCount = Integer.getInteger("bench.leas", 10);
		var threads = Integer.getInteger("bench.threads", 8);
		var seconds = Integer.getInteger("bench.seconds", 20);
		var base = System.getProperty("bench.url", "http://localhost:" + port);
		print("machine: %d cores, load average %.1f; heap max %,d MB; %s", Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().maxMemory() >> 20,
				jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData()
					.getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()));

		var instrument = SurveyTestData.asStaff(this::instrument);
		var leas = data.anyLeas(leaCount);
		var drafts = new ArrayList<Administrations.LeaDraft>();
		leas.forEach(
				lea -> drafts.add(new Administrations.LeaDraft(lea, Math.max(1, responses / leaCount), List.of())));
		var today = java.time.LocalDate.now();
		var id = SurveyTestData.asStaff(() -> administrations.create(new Administrations.AdministrationDraft(instrument,
				"Bench " + System.currentTimeMillis(), today.minusDays(1), today.plusDays(30), null, drafts)));

		importCsv(id, leas, responses);
		// What autovacuum would do after a bulk load: fresh statistics for the planner.
		if (!jdbc
			.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData()
				.getDatabaseProductName())
			.contains("H2")) {
			jdbc.execute("ANALYZE");
		}

		var lea = leas.get(0);
		latency("report, whole administration (%,d responses), by role group".formatted(responses),
				() -> reports.administration(id, null, Breakdown.ROLE, Locale.ENGLISH));
		latency("report, one LEA (%,d responses), by role group".formatted(responses / leaCount),
				() -> reports.administration(id, lea, Breakdown.ROLE, Locale.ENGLISH));
		latency("report, statewide (all administrations), by role group",
				() -> reports.statewide(null, Breakdown.ROLE, Locale.ENGLISH));
		latency("report, statewide of one LEA, by role group",
				() -> reports.statewide(lea, Breakdown.ROLE, Locale.ENGLISH));

		submissions(base, data.link(id, lea), threads, seconds);
		// The starter instrument (7 answers), as measured before counts were kept.
		var starter = data.openAdministration(java.util.Map.of(lea, responses));
		var body = """
				{"token":"%s","answers":{"ROLE_GROUP":"CLASSIFIED","LMC_PROBLEM_SOLVING":4,"LMC_INPUT_VOICE":5,
				 "LMC_PROFESSIONALIZE":3,"LMC_EXPRESS_OPINIONS":4,"LMC_SHAPE_PRIORITIES":2,"LMC_COMMENTS":"bench"}}"""
			.formatted(data.link(starter, lea));
		var uri = URI.create(base + "/api/v1/surveys/responses");
		run(uri, List.of(body), threads, 5);
		var counts = run(uri, List.of(body), threads, seconds);
		print("submissions over HTTP (starter instrument, 7 answers): %,d stored in %d s = %.0f responses/s "
				+ "(%d client threads, %d failed; the clients' processor time %.2f ms per request)", counts[0], seconds,
				counts[0] / (double) seconds, threads, counts[1], counts[2] / 1e6);
		print("load average at the end %.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/**
	 * Role group, years in district, {@value #LIKERT} agreement items, one open question.
	 */
	private long instrument() {
		var questions = new ArrayList<Instruments.QuestionDraft>();
		questions.add(new Instruments.QuestionDraft("ROLE_GROUP", true, null));
		questions.add(new Instruments.QuestionDraft("YEARS_IN_DISTRICT", false, null));
		for (var i = 1; i <= LIKERT; i++) {
			var code = "BENCH_Q%02d".formatted(i);
			questions.add(new Instruments.QuestionDraft(code, true, new Item(code, ItemKind.LIKERT, 5, true,
					"Benchmark statement " + i, "Enunciado de prueba " + i, List.of())));
		}
		questions.add(new Instruments.QuestionDraft("LMC_COMMENTS", false, null));
		return instruments.create(new Instruments.InstrumentDraft("Bench survey", "Encuesta de prueba", "ROLE_GROUP",
				List.of(new Instruments.SectionDraft("All", "Todo", questions))));
	}

	private void importCsv(long id, List<String> leas, int responses) throws Exception {
		var file = Files.createTempFile("survey-bench-", ".csv");
		var start = System.nanoTime();
		var random = new Random(1);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("lea,ROLE_GROUP,YEARS_IN_DISTRICT");
			for (var i = 1; i <= LIKERT; i++) {
				out.write(",BENCH_Q%02d".formatted(i));
			}
			out.write(",LMC_COMMENTS\n");
			var line = new StringBuilder();
			for (var r = 0; r < responses; r++) {
				line.setLength(0);
				line.append(leas.get(r % leas.size()))
					.append(',')
					.append(ROLES[random.nextInt(ROLES.length)])
					.append(',')
					.append(YEARS[random.nextInt(YEARS.length)]);
				for (var i = 0; i < LIKERT; i++) {
					line.append(',').append(random.nextInt(6));
				}
				line.append(',');
				if (r % 10 == 0) {
					line.append("\"Comment ").append(r).append(", with a comma\"");
				}
				out.append(line).append('\n');
			}
		}
		print("wrote %,d rows × %d items of CSV (%,d MB) in %.1f s", responses, ITEMS, Files.size(file) >> 20,
				(System.nanoTime() - start) / 1e9);

		var memory = ManagementFactory.getMemoryMXBean();
		var pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		System.gc();
		var before = memory.getHeapMemoryUsage().getUsed();
		var peak = new AtomicLong();
		var peakLive = new AtomicLong();
		var sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> {
			peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
			var live = pools.stream()
				.map(pool -> pool.getCollectionUsage())
				.filter(java.util.Objects::nonNull)
				.mapToLong(java.lang.management.MemoryUsage::getUsed)
				.sum();
			peakLive.accumulateAndGet(live, Math::max);
		}, 0, 100, TimeUnit.MILLISECONDS);
		start = System.nanoTime();
		var started = SurveyTestData.asStaff(() -> {
			try {
				return responseImport.start(id, file);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		var lastPrint = System.nanoTime();
		var job = started;
		while (!job.done()) {
			Thread.sleep(500);
			job = SurveyTestData.asStaff(() -> responseImport.job(id, started.id()).orElseThrow());
			if (System.nanoTime() - lastPrint > 30_000_000_000L) {
				lastPrint = System.nanoTime();
				print("  import: %d%%, %,d rows after %.0f s", job.percent(), job.rows(),
						(System.nanoTime() - start) / 1e9);
			}
		}
		var seconds = (System.nanoTime() - start) / 1e9;
		sampler.shutdownNow();
		if (job.failed() || !job.result().ok()) {
			throw new AssertionError("import failed: " + job.result());
		}
		print("imported %,d responses (%,d answers) from CSV in %.1f s = %.0f rows/s; heap used before %,d MB, "
				+ "peak %,d MB, peak live after GC %,d MB (max %,d MB)", job.result().imported(),
				jdbc.queryForObject("select count(*) from survey_answer where administration_id = ?", Long.class, id),
				seconds, job.result().imported() / seconds, before >> 20, peak.get() >> 20, peakLive.get() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	private void latency(String label, Runnable report) {
		for (var i = 0; i < 5; i++) {
			SurveyTestData.asStaff(() -> {
				report.run();
				return null;
			});
		}
		var runs = 40;
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

	private void submissions(String base, String token, int threads, int seconds) throws Exception {
		var random = new Random(2);
		var bodies = new ArrayList<String>();
		for (var b = 0; b < 64; b++) {
			var answers = new LinkedHashMap<String, Object>();
			answers.put("ROLE_GROUP", "\"" + ROLES[random.nextInt(ROLES.length)] + "\"");
			answers.put("YEARS_IN_DISTRICT", "\"" + YEARS[random.nextInt(YEARS.length)] + "\"");
			for (var i = 1; i <= LIKERT; i++) {
				answers.put("BENCH_Q%02d".formatted(i), random.nextInt(6));
			}
			if (b % 10 == 0) {
				answers.put("LMC_COMMENTS", "\"A comment\"");
			}
			var json = new StringBuilder("{\"token\":\"" + token + "\",\"answers\":{");
			answers.forEach((code, value) -> json.append('"').append(code).append("\":").append(value).append(','));
			json.setLength(json.length() - 1);
			bodies.add(json.append("}}").toString());
		}
		var uri = URI.create(base + "/api/v1/surveys/responses");
		// Warm-up: connections, and the optimising compiler, which needs tens of seconds
		// of this traffic on two processors before it has compiled the request path (a
		// server that has been up a while is past this).
		var warmup = Integer.getInteger("bench.warmup", 30);
		run(uri, bodies, threads, warmup);
		print("warm-up: %d s of the same submissions before measuring", warmup);
		var counts = run(uri, bodies, threads, seconds);
		print("submissions over HTTP (%d items) to %s: %,d stored in %d s = %.0f responses/s (%d client threads, "
				+ "%d failed; the clients' processor time %.2f ms per request)", ITEMS, base, counts[0], seconds,
				counts[0] / (double) seconds, threads, counts[1], counts[2] / 1e6);
	}

	/**
	 * Posts the bodies in turn from each client thread, one request at a time, over a
	 * kept connection (HttpURLConnection: the JDK's asynchronous HttpClient took more
	 * processor time than the application it measured, on the same two processors).
	 */
	private static long[] run(URI uri, List<String> bodies, int threads, int seconds) throws Exception {
		var ok = new AtomicInteger();
		var failed = new AtomicInteger();
		var clientCpu = new AtomicLong();
		var deadline = System.nanoTime() + seconds * 1_000_000_000L;
		var url = uri.toURL();
		var pool = Executors.newFixedThreadPool(threads);
		for (var t = 0; t < threads; t++) {
			var thread = t;
			pool.submit(() -> {
				var n = thread;
				var cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				while (System.nanoTime() < deadline) {
					try {
						var body = bodies.get(n++ % bodies.size()).getBytes(StandardCharsets.UTF_8);
						var connection = (java.net.HttpURLConnection) url.openConnection();
						connection.setRequestMethod("POST");
						connection.setDoOutput(true);
						connection.setFixedLengthStreamingMode(body.length);
						connection.setRequestProperty("Content-Type", "application/json");
						try (var out = connection.getOutputStream()) {
							out.write(body);
						}
						var status = connection.getResponseCode();
						try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
							if (in != null) {
								in.transferTo(java.io.OutputStream.nullOutputStream());
							}
						}
						(status == 201 ? ok : failed).incrementAndGet();
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
				}
				clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		return new long[] { ok.get(), failed.get(), clientCpu.get() / Math.max(1, ok.get() + failed.get()) };
	}

	private static void print(String format, Object... args) {
		System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
	}

}
