package app.accord.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff publish a resource; a visitor finds it by typing, without the page reloading. */
class LibraryBrowserTests extends BrowserTestSupport {

	@Test
	void aPublishedResourceIsFoundAsTheVisitorTypes() {
		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");

		visit("/staff/library/new");
		driver().findElement(By.id("title")).sendKeys("Interest-based bargaining walkthrough");
		driver().findElement(By.id("summary"))
			.sendKeys("How a district and its unions bargained over shared interests.");
		new Select(driver().findElement(By.id("kind"))).selectByVisibleText("Tool");
		new Select(driver().findElement(By.id("visibility"))).selectByVisibleText("Public");
		driver().findElement(By.id("externalUrl")).sendKeys("https://example.org/ibb-walkthrough");
		findByRole("button", "Publish").click();
		findByText("Interest-based bargaining walkthrough");

		visit("/library");
		assertAccessible();
		executeScript("window.notReloaded = true;");
		driver().findElement(By.id("q")).sendKeys("bargained");
		var highlighted = waitFor(browser -> browser.findElements(By.cssSelector("#results mark"))
			.stream()
			.filter(mark -> mark.getText().equalsIgnoreCase("bargained"))
			.findFirst()
			.orElse(null), "the typed word highlighted in a result");
		assertThat(highlighted.isDisplayed()).isTrue();
		findByRole("link", "Interest-based bargaining walkthrough");
		assertThat(executeScript("return window.notReloaded === true;")).isEqualTo(true);
		waitFor(browser -> browser.getCurrentUrl().contains("q=bargained"), "the query kept in the address");
		assertAccessible();
		assertThat(browserErrors()).isEmpty();
	}

}
