package app.accord.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import app.accord.accounts.People;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county office coordinator opens their network's dashboard and changes the day it is
 * computed for: the share of districts whose learning team meets regularly follows, in
 * place.
 */
class NetworksBrowserTests extends BrowserTestSupport {

	static final String TOKEN = "Bearer test-bootstrap-token-0123456789abcdef";

	static final String PASSWORD = "a long and memorable passphrase";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@LocalServerPort
	int port;

	@Test
	void aCoordinatorOpensTheDashboardAndChangesTheDay() throws Exception {
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var hub = jdbc.queryForObject("select min(cds_code) from directory_lea where type = 'county-office'",
				String.class);
		var network = id(api("/api/v1/networks", """
				{"name":"Browser Network %s","hubCdsCode":"%s","region":"central-valley","firstSchoolYear":2019}"""
			.formatted(suffix, hub)));
		var meeting = freeLea();
		api("/api/v1/networks/" + network + "/members",
				"{\"leaCdsCode\":\"" + meeting + "\",\"joinedOn\":\"2019-08-01\"}");
		var team = id(api("/api/v1/teams", "{\"leaCdsCode\":\"" + meeting + "\"}"));
		for (var day : new String[] { "2019-10-10", "2019-11-20" }) {
			api("/api/v1/teams/" + team + "/meetings", """
					{"heldOn":"%s","laborAttendees":2,"managementAttendees":2,"topics":["BUDGET"]}""".formatted(day));
		}
		var quiet = freeLea();
		api("/api/v1/networks/" + network + "/members",
				"{\"leaCdsCode\":\"" + quiet + "\",\"joinedOn\":\"2019-08-01\"}");
		var email = "coordinator-" + suffix + "@coe.example.org";
		var person = people.findOrCreate(email, "Lucía Ramírez");
		jdbc.update(
				"insert into account (person_id, role, password_hash, enabled, created_at) values (?, ?, ?, true, ?)",
				person.value(), "COORDINATOR", encoder.encode(PASSWORD), Timestamp.from(Instant.now()));
		jdbc.update("insert into network_coordinator (network_id, person_id) values (?, ?)", network, person.value());

		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys(email);
		driver().findElement(By.id("password")).sendKeys(PASSWORD);
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");
		findByRole("link", "My networks").click();
		findByRole("link", "Dashboard of Browser Network " + suffix).click();
		findByRole("heading", "Browser Network " + suffix + ": dashboard");

		setDay("2019-12-15");
		findByText("1 of 2 member LEAs had a learning team meeting regularly on 2019-12-15.");
		assertThat(visibleText()).contains("50%");
		assertThat(currentPath()).contains("asOf=2019-12-15");
		assertAccessible();

		setDay("2020-03-30");
		findByText("0 of 2 member LEAs had a learning team meeting regularly on 2020-03-30.");
		assertThat(visibleText()).contains("0%");
		assertThat(browserErrors()).isEmpty();
		screenshot("network-dashboard");

		findByRole("link", "Browser Network " + suffix).click();
		findByRole("heading", "Members (2 today)");
		assertThat(visibleText()).contains("An LEA may belong to more than one network at once");
		assertAccessible();
	}

	/** Sets the date field the way a date picker does, which fires its change event. */
	private void setDay(String day) {
		executeScript("""
				const field = document.getElementById('asOf');
				field.value = arguments[0];
				field.dispatchEvent(new Event('change', { bubbles: true }));""", day);
	}

	private String freeLea() {
		return jdbc.queryForObject("""
				select min(cds_code) from directory_lea where type <> 'county-office'
				  and cds_code not in (select lea_cds_code from team)
				  and cds_code not in (select lea_cds_code from network_member)""", String.class);
	}

	private String api(String path, String json) throws Exception {
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", TOKEN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
		return response.body();
	}

	private static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
