package app.accord.shared.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors over real HTTP: browsing opens no session and writes nothing, public
 * pages come from memory with conditional answers, and a change in the database shows at
 * once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "accord.page-cache.enabled=true")
class AnonymousBrowsingTests {

	private static final List<String> PAGES = List.of("/", "/events", "/directory?county=Monterey", "/map",
			"/library?q=trust", "/library", "/library/case-studies", "/directory/27661590000000", "/signin",
			"/events/999999", "/library/resources/999999", "/account");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataVersion version;

	@Test
	void tenThousandAnonymousVisitsLeaveNoSessionAndWriteNothing() throws Exception {
		get("/");
		var sessions = this.jdbc.queryForObject("SELECT count(*) FROM spring_session", Long.class);
		var tracking = (WriteTracking) this.dataSource;
		var writes = tracking.writes();
		var dataVersion = this.version.current();
		var cookies = 0;
		for (var visit = 0; visit < 10_000; visit++) {
			var response = get(PAGES.get(visit % PAGES.size()));
			assertThat(response.statusCode()).isLessThan(500);
			cookies += response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(cookie -> cookie.startsWith("SESSION"))
				.count();
		}
		assertThat(cookies).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM spring_session", Long.class)).isEqualTo(sessions);
		// Background jobs (session expiry, the outbox) may write meanwhile; requests
		// never.
		var newWrites = tracking.writes() - writes;
		var latest = tracking.latestWrites();
		assertThat(latest.subList(Math.max(0, latest.size() - (int) newWrites), latest.size()))
			.noneMatch(write -> write.startsWith("http-"));
		assertThat(this.version.current()).isEqualTo(dataVersion);
	}

	@Test
	void publicPagesAreKeptAndRevalidated() throws Exception {
		var first = get("/map");
		assertThat(first.statusCode()).isEqualTo(200);
		var etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();

		var conditional = this.http.send(request("/map").header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(conditional.statusCode()).isEqualTo(304);

		var zipped = this.http.send(request("/map").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(zipped.body().length).isLessThan(first.body().length() / 3);
	}

	@Test
	void aCommittedChangeShowsOnTheNextRequest() throws Exception {
		var cds = "27661590000000";
		var name = this.jdbc.queryForObject("SELECT name FROM directory_lea WHERE cds_code = ?", String.class, cds);
		var before = get("/directory/" + cds);
		assertThat(before.body()).contains(name);
		try {
			this.jdbc.update("UPDATE directory_lea SET name = ? WHERE cds_code = ?", "Renamed For The Test", cds);
			var after = get("/directory/" + cds);
			assertThat(after.body()).contains("Renamed For The Test");
			assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
		}
		finally {
			this.jdbc.update("UPDATE directory_lea SET name = ? WHERE cds_code = ?", name, cds);
		}
		assertThat(get("/directory/" + cds).body()).contains(name).doesNotContain("Renamed For The Test");
	}

	@Test
	void staticFilesHaveHashedNamesAndAreKeptForAYear() throws Exception {
		var home = get("/").body();
		var css = java.util.regex.Pattern.compile("/css/accord-[0-9a-f]{32}\\.css").matcher(home);
		assertThat(css.find()).as("hashed stylesheet link in %s", home).isTrue();
		var stylesheet = get(css.group());
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000").contains("public"));
		var script = java.util.regex.Pattern.compile("/webjars/htmx.org/[^\"]+\\.js").matcher(home);
		assertThat(script.find()).isTrue();
		assertThat(get(script.group()).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

}
