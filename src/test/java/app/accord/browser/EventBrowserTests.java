package app.accord.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff create and publish an event; a person finds it on the public list and registers.
 */
class EventBrowserTests extends BrowserTestSupport {

	@Test
	void staffPublishAnEventAndSomeoneRegistersForIt() {
		var today = LocalDate.now(ZoneId.of("America/Los_Angeles"));
		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");

		visit("/staff/events/new");
		driver().findElement(By.id("title")).sendKeys("Central Valley Convening");
		new Select(driver().findElement(By.id("kind"))).selectByVisibleText("Universal convening");
		new Select(driver().findElement(By.id("format"))).selectByVisibleText("In person");
		new Select(driver().findElement(By.id("region"))).selectByVisibleText("Central Valley");
		driver().findElement(By.id("venue")).sendKeys("Fresno County Superintendent of Schools");
		var day = today.plusDays(30);
		executeScript(
				"document.getElementById('startsAt').value = arguments[0];"
						+ "document.getElementById('endsAt').value = arguments[1];"
						+ "document.getElementById('registrationOpensOn').value = arguments[2];"
						+ "document.getElementById('registrationClosesOn').value = arguments[3];",
				day + "T09:00", day + "T15:00", today.toString(), day.minusDays(2).toString());
		new Select(driver().findElement(By.id("mode"))).selectByVisibleText("Teams and individuals");
		findByRole("button", "Create draft").click();

		findByText("Draft created. Publish it when it is ready.");
		assertAccessible();
		findByRole("button", "Publish").click();
		findByText("Event published: it is on the public list and open for registration in its window.");

		visit("/events?region=central-valley");
		findByRole("link", "Central Valley Convening").click();
		findByRole("heading", "Central Valley Convening");
		assertThat(visibleText()).contains("100 of 100 seats left");
		assertAccessible();

		findByRole("link", "Register").click();
		findByRole("heading", "Register for Central Valley Convening");
		assertAccessible();
		findByRole("button", "Register").click();

		findByText("You are registered. A confirmation is on its way by email.");
		assertThat(visibleText()).contains("Confirmed").contains("EV");
		// Confirmed is good news, in the success colours rather than the warning's.
		var status = findByText("Confirmed").findElement(By.xpath(".."));
		assertThat(status.getCssValue("border-left-color")).isEqualTo("rgba(30, 107, 53, 1)");
		assertThat(status.getCssValue("background-color")).isEqualTo("rgba(230, 244, 234, 1)");
		assertAccessible();
		findByRole("link", "Manage this registration (sign in)").click();
		findByRole("heading", "Registration: Administrator");
		assertAccessible();
		assertThat(browserErrors()).isEmpty();
		screenshot("event-registration");
	}

}
