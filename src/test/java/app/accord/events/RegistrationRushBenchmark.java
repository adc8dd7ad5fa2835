package app.accord.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Not a test: measures a registration rush over HTTP against a running Accord. It creates
 * an event (capacity C) with a staff API token, finds or starts N teams, then has all of
 * them register at once (4 attendees each) and prints confirmed / waitlisted / errors,
 * throughput and p50/p99 latency.
 *
 * <pre>
 * ./mvnw -o test-compile
 * java -cp target/test-classes app.accord.events.RegistrationRushBenchmark \
 *   http://localhost:8080 $TOKEN 500 300 32
 * </pre>
 *
 * Arguments: base URL, staff API token, teams (default 500), capacity in seats (default
 * 300), concurrent clients (default 32). It creates teams for LEAs that have none, so run
 * it against a throw-away database; a second run reuses the teams of the first.
 */
public final class RegistrationRushBenchmark {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	/** A team's id in the list: the first field of each object. */
	private static final Pattern TEAM_ID = Pattern.compile("\\{\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern CDS = Pattern.compile("\"cdsCode\"\\s*:\\s*\"(\\d{14})\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(CONFIRMED|WAITLISTED)\"");

	private RegistrationRushBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var base = args.length > 0 ? args[0] : "http://localhost:8080";
		var token = args.length > 1 ? args[1] : System.getenv("ACCORD_TOKEN");
		var teams = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		var capacity = args.length > 3 ? Integer.parseInt(args[3]) : 300;
		var clients = args.length > 4 ? Integer.parseInt(args[4]) : 32;
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		var today = LocalDate.now();
		var event = send(http, token, "POST", base + "/api/v1/events", """
				{"title":"Rush benchmark %d","kind":"UNIVERSAL_CONVENING","format":"ONLINE",
				 "onlineUrl":"https://meet.example.org/rush","startsAt":"%sT09:00","endsAt":"%sT15:00",
				 "registrationOpensOn":"%s","registrationClosesOn":"%s","capacity":%d,
				 "registrationMode":"TEAM","feeCents":5000,"publish":true}""".formatted(System.currentTimeMillis(),
				today.plusDays(60), today.plusDays(60), today.minusDays(1), today.plusDays(50), capacity));
		var eventId = first(ID, event.body());
		System.out.printf("Event %s with %d seats%n", eventId, capacity);

		// Teams left by an earlier run are reused, so the benchmark can run again on the
		// same database; LEAs without a team get one.
		var teamIds = new ArrayList<String>();
		var existing = TEAM_ID.matcher(send(http, token, "GET", base + "/api/v1/teams", null).body());
		while (existing.find() && teamIds.size() < teams) {
			teamIds.add(existing.group(1));
		}
		for (var page = 0; teamIds.size() < teams; page++) {
			var leas = send(http, token, "GET", base + "/api/v1/leas?size=100&page=" + page, null).body();
			var matcher = CDS.matcher(leas);
			var any = false;
			while (matcher.find() && teamIds.size() < teams) {
				any = true;
				var created = send(http, token, "POST", base + "/api/v1/teams",
						"{\"leaCdsCode\":\"" + matcher.group(1) + "\"}");
				if (created.statusCode() == 201) {
					teamIds.add(first(ID, created.body()));
				}
			}
			if (!any) {
				break;
			}
		}
		System.out.printf("%d teams ready; %d clients register at once%n", teamIds.size(), clients);

		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		var outcomes = Collections.synchronizedList(new ArrayList<String>());
		var pool = Executors.newFixedThreadPool(clients);
		var tasks = new ArrayList<Callable<Void>>();
		for (var teamId : teamIds) {
			tasks.add(() -> {
				var body = """
						{"teamId":%s,"estimatedSize":4,"attendees":[{"name":"A %s"},{"name":"B %s"},{"name":"C %s"},{"name":"D %s"}]}"""
					.formatted(teamId, teamId, teamId, teamId, teamId);
				var start = System.nanoTime();
				try {
					var response = send(http, token, "POST", base + "/api/v1/events/" + eventId + "/registrations",
							body, "rush-" + teamId);
					latencies.add(System.nanoTime() - start);
					var status = STATUS.matcher(response.body());
					outcomes.add(response.statusCode() < 300 && status.find() ? status.group(1)
							: "ERROR " + response.statusCode());
				}
				catch (Exception ex) {
					latencies.add(System.nanoTime() - start);
					outcomes.add("ERROR " + ex.getClass().getSimpleName());
				}
				return null;
			});
		}
		var started = System.nanoTime();
		pool.invokeAll(tasks);
		var seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);

		var sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		var confirmed = outcomes.stream().filter("CONFIRMED"::equals).count();
		var waitlisted = outcomes.stream().filter("WAITLISTED"::equals).count();
		var errors = outcomes.size() - confirmed - waitlisted;
		System.out.printf("confirmed=%d (%d seats) waitlisted=%d errors=%d%n", confirmed, confirmed * 4, waitlisted,
				errors);
		System.out.printf("throughput=%.1f registrations/s p50=%d ms p99=%d ms%n", outcomes.size() / seconds,
				percentile(sorted, 50), percentile(sorted, 99));
		outcomes.stream().filter(o -> o.startsWith("ERROR")).distinct().forEach(System.out::println);
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1_000_000;
	}

	private static String first(Pattern pattern, String text) {
		var matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("Unexpected answer: " + text);
		}
		return matcher.group(1);
	}

	private static HttpResponse<String> send(HttpClient http, String token, String method, String url, String body)
			throws Exception {
		return send(http, token, method, url, body, null);
	}

	private static HttpResponse<String> send(HttpClient http, String token, String method, String url, String body,
			String idempotencyKey) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
