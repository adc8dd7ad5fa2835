package app.accord.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member answers half the survey, leaves, and finds their answers on the same
 * device when they come back; once sent, the device forgets them. On a shared computer
 * they can clear them. The progress bar counts the questions answered.
 */
class SurveyResumeBrowserTests extends BrowserTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void answersLeftHalfwayAreThereOnReturnAndForgottenOnceSent() {
		var path = "/s/" + openSurvey();
		visit(path);
		findByText("0 of 8 questions answered");
		choose("ROLE_GROUP", "CLASSIFIED");
		choose("LMC_PROBLEM_SOLVING", "4");
		driver().findElement(By.name("a_LMC_COMMENTS")).sendKeys("Más reuniones <b>juntos</b>");
		findByText("3 of 8 questions answered");
		assertAccessible();

		visit("/");
		visit(path);
		findByText("We restored the answers you left on this device.");
		findByText("3 of 8 questions answered");
		assertThat(checked("ROLE_GROUP")).isEqualTo("CLASSIFIED");
		assertThat(checked("LMC_PROBLEM_SOLVING")).isEqualTo("4");
		assertThat(driver().findElement(By.name("a_LMC_COMMENTS")).getDomProperty("value"))
			.isEqualTo("Más reuniones <b>juntos</b>");

		// A required question left out: the page comes back from the server, answers
		// kept.
		findByRole("button", "Send my answers").click();
		findByText("Please answer this question.");
		visit(path);
		assertThat(checked("LMC_PROBLEM_SOLVING")).isEqualTo("4");

		for (var code : new String[] { "LMC_INPUT_VOICE", "LMC_PROFESSIONALIZE", "LMC_EXPRESS_OPINIONS",
				"LMC_SHAPE_PRIORITIES" }) {
			choose(code, "5");
		}
		findByRole("button", "Send my answers").click();
		findByRole("heading", "Thank you");
		assertThat(savedSurveys()).isZero();

		visit(path);
		findByText("0 of 8 questions answered");
		assertThat(checked("ROLE_GROUP")).isNull();
		assertThat(driver().findElement(By.cssSelector("[data-resume-restored]")).isDisplayed()).isFalse();
		assertThat(browserErrors()).isEmpty();
	}

	@Test
	void onASharedComputerThePersonClearsTheirAnswers() {
		var path = "/s/" + openSurvey();
		visit(path);
		choose("LMC_INPUT_VOICE", "2");
		assertThat(savedSurveys()).isEqualTo(1);
		findByRole("button", "Clear my answers from this device").click();
		findByText("0 of 8 questions answered");
		assertThat(checked("LMC_INPUT_VOICE")).isNull();
		assertThat(savedSurveys()).isZero();
		visit(path);
		assertThat(checked("LMC_INPUT_VOICE")).isNull();
		assertThat(driver().findElement(By.cssSelector("[data-resume-restored]")).isDisplayed()).isFalse();
	}

	private void choose(String item, String value) {
		driver().findElement(By.cssSelector("input[name='a_" + item + "'][value='" + value + "']")).click();
	}

	private String checked(String item) {
		var checked = driver().findElements(By.cssSelector("input[name='a_" + item + "']:checked"));
		return checked.isEmpty() ? null : checked.get(0).getDomAttribute("value");
	}

	private long savedSurveys() {
		return (Long) executeScript(
				"return Object.keys(localStorage).filter(function (k) { return k.indexOf('accord.survey.') === 0; }).length");
	}

	/** An open administration of the starter instrument, created through the API. */
	private String openSurvey() {
		var instrument = jdbc.queryForObject("select id from survey_instrument where title_en = ?", Long.class,
				"Labor-management collaboration staff survey");
		var lea = jdbc.queryForObject("select cds_code from directory_lea order by cds_code limit 1 offset 700",
				String.class);
		var title = "Resume survey " + UUID.randomUUID();
		var body = """
				{"instrumentId":%d,"title":"%s","opensOn":"%s","closesOn":"%s",
				 "leas":[{"cdsCode":"%s","headcount":40}]}""".formatted(instrument, title, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(20), lea);
		try {
			var response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/surveys/administrations"))
					.header("Authorization", "Bearer test-bootstrap-token-0123456789abcdef")
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return jdbc.queryForObject("""
				select l.link_token from survey_administration_lea l
				join survey_administration a on a.id = l.administration_id where a.title = ?""", String.class, title);
	}

}
