package app.accord.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding an LEA and seeing it on the map, as a member of the public does. */
class DirectoryBrowserTests extends BrowserTestSupport {

	@Test
	void typingANameNarrowsTheResultsWithoutReloadingThePage() {
		visit("/directory");
		findByRole("heading", "Find a school district or county office");
		assertAccessible();

		executeScript("window.notReloaded = true;");
		findByRole("searchbox", "Name or CDS code").sendKeys("Alisal");

		findByRole("link", "Alisal Union");
		waitFor(driver -> driver.getCurrentUrl().contains("q=Alisal") ? true : null,
				"the address did not keep the search");
		assertThat(executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(visibleText()).doesNotContain("Alameda Unified");

		findByRole("link", "Alisal Union").click();
		findByRole("heading", "Alisal Union");
		assertThat(visibleText()).contains("27659610000000").contains("Monterey");
		assertAccessible();
	}

	@Test
	void theMapDrawsEveryCountyAndItsLeas() {
		visit("/map");
		assertThat(driver().findElements(By.cssSelector("svg .county"))).hasSize(58);
		assertThat(driver().findElements(By.cssSelector("svg .lea-dot")).size()).isGreaterThan(1000);
		assertThat(browserErrors()).isEmpty();
		assertAccessible();
		screenshot("map");
	}

}
