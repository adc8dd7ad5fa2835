package app.accord.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff field a survey for one LEA; a staff member of that LEA answers it on a phone,
 * without an account, after being told which question they missed.
 */
class SurveyBrowserTests extends BrowserTestSupport {

	@Test
	void aStaffMemberAnswersTheAnonymousSurveyOnAPhone() {
		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");

		visit("/staff/surveys/administrations/new");
		new Select(driver().findElement(By.id("instrumentId"))).selectByIndex(1);
		driver().findElement(By.id("title")).sendKeys("Alisal staff survey");
		executeScript(
				"document.getElementById('opensOn').value = arguments[0];"
						+ "document.getElementById('closesOn').value = arguments[1];",
				LocalDate.now().minusDays(1).toString(), LocalDate.now().plusDays(30).toString());
		driver().findElement(By.id("leas")).sendKeys("27659610000000, 120");
		findByRole("button", "Create the administration").click();
		var link = driver().findElement(By.cssSelector("code.link")).getText();
		var path = link.substring(link.indexOf("/s/"));

		driver().manage().deleteAllCookies();
		var size = driver().manage().window().getSize();
		driver().manage().window().setSize(new Dimension(390, 844));
		try {
			visit(path);
			assertAccessible();
			// A respondent needs the survey and the language switch, not the site's
			// menus.
			assertThat(findAllByRole("navigation", "Main")).isEmpty();
			assertThat(findAllByRole("link", "English")).hasSize(1);
			assertThat(findAllByRole("link", "Sign in")).isEmpty();
			findByRole("button", "Send my answers").click();
			findByText("Please answer this question.");

			executeScript("""
					var names = new Set([...document.querySelectorAll('input[type=radio]')].map(r => r.name));
					names.forEach(n => document.querySelectorAll('input[name="' + n + '"]')[0].click());""");
			findByRole("button", "Send my answers").click();
			findByRole("heading", "Thank you");
			assertAccessible();
			assertThat(browserErrors()).isEmpty();

			// Back from the thank-you page shows the survey again, not "Confirm Form
			// Resubmission".
			driver().navigate().back();
			findByRole("button", "Send my answers");
			assertThat(currentPath()).isEqualTo(path);
		}
		finally {
			driver().manage().window().setSize(size);
		}
	}

}
