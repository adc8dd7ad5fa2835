package app.accord.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import static org.assertj.core.api.Assertions.assertThat;

/** What every page has in its header: the language switch and the skip link. */
class LayoutBrowserTests extends BrowserTestSupport {

	@Test
	void pageStartsInTheBrowsersLanguage() {
		visit("/");

		assertThat(pageLanguage()).isEqualTo("en");
		findByRole("heading", "Three tiers of support");
		assertThat(findByRole("link", "English").getDomAttribute("aria-current")).isEqualTo("true");
	}

	@Test
	void spanishChosenInTheHeaderStaysChosenOnTheNextPageLoad() {
		visit("/");

		findByRole("link", "Español").click();

		findByRole("heading", "Tres niveles de apoyo");
		assertThat(pageLanguage()).isEqualTo("es");
		assertThat(findByRole("link", "Español").getDomAttribute("aria-current")).isEqualTo("true");
		assertThat(visibleText()).contains("Iniciar sesión").doesNotContain("Three tiers of support");
		assertAccessible();

		visit("/");

		assertThat(currentPath()).isEqualTo("/");
		findByRole("heading", "Tres niveles de apoyo");
		assertThat(pageLanguage()).isEqualTo("es");
		assertThat(driver().manage().getCookieNamed("accord-lang").getValue()).isEqualTo("es");
	}

	@Test
	void englishLinkSwitchesASpanishPageBack() {
		visit("/?lang=es");
		findByRole("heading", "Tres niveles de apoyo");

		findByRole("link", "English").click();

		findByRole("heading", "Three tiers of support");
		assertThat(pageLanguage()).isEqualTo("en");
	}

	@Test
	void skipLinkIsTheFirstThingTabReachesAndMovesFocusToTheMainContent() {
		visit("/");

		press(Keys.TAB);

		var skipLink = focusedElement();
		assertThat(skipLink.getAriaRole()).isEqualTo("link");
		assertThat(skipLink.getAccessibleName()).isEqualTo("Skip to content");
		// Off-screen until focused, then where a sighted keyboard user looks.
		assertThat(skipLink.isDisplayed()).isTrue();
		assertThat(skipLink.getRect().getX()).isGreaterThanOrEqualTo(0);
		assertThat(skipLink.getRect().getY()).isGreaterThanOrEqualTo(0);

		press(Keys.ENTER);

		var main = waitFor(driver -> {
			var focused = focusedElement();
			return "main".equals(focused.getTagName()) ? focused : null;
		}, "focus did not move to the main content");
		assertThat(main.getDomAttribute("id")).isEqualTo("main");
		assertThat(currentPath()).isEqualTo("/");
		assertThat(driver().getCurrentUrl()).endsWith("#main");
	}

}
