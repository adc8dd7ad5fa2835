package app.accord.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check itself: it must fail where axe-core finds a serious problem, or
 * a passing {@code assertAccessible()} elsewhere would prove nothing.
 */
class AccessibilityCheckBrowserTests extends BrowserTestSupport {

	@Test
	void imageWithoutAlternativeTextFailsTheCheckNamingRuleAndElement() {
		visit("/");
		executeScript("""
				var image = document.createElement('img');
				image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
				image.id = 'unlabelled';
				document.querySelector('main').appendChild(image);
				""");

		assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt (critical)")
			.hasMessageContaining("#unlabelled");
	}

}
