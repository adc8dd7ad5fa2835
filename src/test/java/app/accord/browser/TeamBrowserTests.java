package app.accord.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff start a district's team by its name and build its roster on the team page. */
class TeamBrowserTests extends BrowserTestSupport {

	@Test
	void staffStartATeamByNameAndTheRosterAndCompositionUpdateInPlace() {
		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");

		visit("/staff/teams");
		driver().findElement(By.id("leaCdsCode")).sendKeys("Big Sur Unified");
		findByRole("button", "Start the team").click();

		findByRole("heading", "Big Sur Unified");
		assertThat(visibleText()).contains("Missing minimum roles");
		assertAccessible();

		executeScript("window.notReloaded = true;");
		driver().findElement(By.id("name")).sendKeys("Rosa Delgado");
		driver().findElement(By.id("email")).sendKeys("rosa.delgado@bigsur.example.org");
		new Select(driver().findElement(By.id("role"))).selectByVisibleText("Superintendent");
		new Select(driver().findElement(By.id("side"))).selectByVisibleText("Management");
		findByRole("button", "Add member").click();

		findByText("Rosa Delgado");
		assertThat(executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(browserErrors()).isEmpty();
		screenshot("team");
	}

}
