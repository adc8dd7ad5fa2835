package app.accord.shared;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as a new user runs it (a file, the default URL's settings) keeps
 * working after the pool has replaced every connection, the one that ran the migrations
 * included, as it does every 30 minutes (Hikari's max-lifetime).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EmbeddedDatabaseTests {

	private static final Path DIRECTORY = temporaryDirectory();

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		// Wins over SPRING_DATASOURCE_URL, so this tests H2 on the PostgreSQL run too.
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIRECTORY.resolve("accord")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "3");
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void checkConstraintsHoldAfterThePoolHasReplacedEveryConnection() throws Exception {
		for (int recycle = 1; recycle <= 3; recycle++) {
			replaceEveryConnection();

			var title = "After recycle " + recycle;
			var created = createEvent(title);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			assertThat(jdbc.update("update event set status = 'PUBLISHED' where title = ?", title)).isEqualTo(1);
			assertThatThrownBy(() -> jdbc.update("update event set status = 'SOMETHING' where title = ?", title))
				.isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("event_status_ck");
		}
	}

	private void replaceEveryConnection() throws InterruptedException, java.sql.SQLException {
		var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		pool.softEvictConnections();
		var deadline = System.nanoTime() + 10_000_000_000L;
		while (pool.getTotalConnections() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	private HttpResponse<String> createEvent(String title) throws IOException, InterruptedException {
		var json = """
				{"title":"%s","kind":"WEBINAR","format":"ONLINE","onlineUrl":"https://example.org/webinar",
				 "startsAt":"2027-03-01T10:00:00","endsAt":"2027-03-01T12:00:00",
				 "registrationOpensOn":"2027-01-04","registrationClosesOn":"2027-02-22",
				 "capacity":50,"registrationMode":"INDIVIDUAL","feeCents":0}""".formatted(title);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
			.header("Authorization", "Bearer test-bootstrap-token-0123456789abcdef")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("accord-embedded-db");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
