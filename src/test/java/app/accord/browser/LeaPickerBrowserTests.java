package app.accord.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting a team: the LEA is found by typing part of its name and picked from a list.
 */
class LeaPickerBrowserTests extends BrowserTestSupport {

	@Test
	void typingPartOfANameListsMatchingLeasAndPickingOneFillsItsCdsCode() {
		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");

		visit("/my-team");
		findByRole("searchbox", "Find your LEA").sendKeys("Alisal");

		findByText("1 LEA matches: choose it to fill in its CDS code");
		assertAccessible();
		findByRole("button", "Alisal Union (Monterey, 27659610000000)").click();

		var field = driver().findElement(By.id("leaCdsCode"));
		assertThat(field.getDomProperty("value")).isEqualTo("27659610000000");
		assertThat(focusedElement()).isEqualTo(field);
		assertThat(findAllByRole("button", "Alisal Union (Monterey, 27659610000000)")).isEmpty();
		assertThat(browserErrors()).isEmpty();
	}

}
