package app.accord.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeBrowserTests extends BrowserTestSupport {

	@Test
	void homePageShowsItsHeadingAndTheThreeTiersOfSupport() {
		visit("/");

		assertThat(driver().getTitle()).isEqualTo("Labor-management collaboration in public education — Accord");
		var heading = findByRole("heading", "Labor and management, working together for students");
		assertThat(heading.getTagName()).isEqualTo("h1");
		assertThat(heading.isDisplayed()).isTrue();
		findByRole("heading", "Three tiers of support");
		assertThat(visibleText()).contains("Universal convenings", "Regional networks", "Individualized supports");
		screenshot("home");
	}

	@Test
	void homePageIsStyledAndRunsItsScriptsUnderTheContentSecurityPolicy() {
		visit("/");

		// accord.css paints the header: the stylesheet was allowed to load.
		assertThat(findByRole("banner").getCssValue("background-color")).isEqualTo("rgba(11, 83, 148, 1)");
		// htmx is a deferred script, so it has run by the time the page has loaded.
		assertThat(executeScript("return typeof window.htmx")).isEqualTo("object");
		assertThat(browserErrors()).isEmpty();
	}

	@Test
	void homePageHasNoSeriousOrCriticalAccessibilityViolations() {
		visit("/");

		assertAccessible();
	}

}
