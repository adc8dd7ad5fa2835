package app.accord.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every button style of the stylesheet is readable: its text has at least 4.5:1 contrast
 * with what is behind it (WCAG 2.1 AA), at rest, under the pointer and with keyboard
 * focus. The styles are read from the stylesheet itself, so a new one without a sample
 * here fails the test.
 */
class ButtonContrastBrowserTests extends BrowserTestSupport {

	/** One sample of each style, as the templates write it, and where it is placed. */
	private static final Map<String, String> SAMPLES = Map.of("button", "<button type=\"button\">Save</button>",
			"a.button", "<a class=\"button\" href=\"#\">Register</a>", "button.secondary",
			"<button type=\"button\" class=\"secondary\">Back</button>", "a.button.secondary",
			"<a class=\"button secondary\" href=\"#\">Download</a>", "button.danger",
			"<button type=\"button\" class=\"danger\">Cancel this registration</button>", "button.link",
			"<button type=\"button\" class=\"link\">Remove</button>");

	private static final String CONTRAST = """
			const element = arguments[0];
			const rgb = (value) => {
			  const parts = value.match(/[\\d.]+/g).map(Number);
			  return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
			};
			let background = null;
			for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
			  const colour = rgb(getComputedStyle(node).backgroundColor);
			  if (colour.a > 0) { background = colour; break; }
			}
			background = background || { r: 255, g: 255, b: 255, a: 1 };
			const text = rgb(getComputedStyle(element).color);
			const luminance = (c) => {
			  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
			  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
			};
			const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x);
			return [(light + 0.05) / (dark + 0.05), getComputedStyle(element).color, getComputedStyle(element).backgroundColor];
			""";

	@Test
	void everyButtonStyleHasReadableTextAtRestUnderThePointerAndWithFocus() {
		visit("/");
		findByRole("heading", "Three tiers of support");
		executeScript("""
				const samples = document.createElement('div');
				samples.id = 'button-samples';
				samples.innerHTML = arguments[0];
				document.querySelector('main').prepend(samples);
				const header = document.createElement('button');
				header.type = 'button';
				header.className = 'link';
				header.id = 'header-link-sample';
				header.textContent = 'Sign out';
				document.querySelector('.site-header .user-nav ul').append(header);
				""", String.join("", SAMPLES.values()));

		var samples = new ArrayList<>(driver().findElements(By.cssSelector("#button-samples > *")));
		samples.add(driver().findElement(By.id("header-link-sample")));
		var unreadable = new ArrayList<String>();
		for (var sample : samples) {
			check(sample, "at rest", unreadable);
			new Actions(driver()).moveToElement(sample).perform();
			check(sample, "under the pointer", unreadable);
			executeScript("arguments[0].focus()", sample);
			check(sample, "with focus", unreadable);
			executeScript("arguments[0].blur()", sample);
			new Actions(driver()).moveToElement(driver().findElement(By.tagName("h1"))).perform();
		}

		assertThat(unreadable).as("buttons whose text is below 4.5:1").isEmpty();
		assertThat(samples).hasSize(SAMPLES.size() + 1);
	}

	@Test
	void theSamplesCoverEveryButtonStyleOfTheStylesheet() {
		visit("/");
		@SuppressWarnings("unchecked")
		var selectors = (List<String>) executeScript("""
				const found = [];
				for (const sheet of document.styleSheets) {
				  for (const rule of sheet.cssRules) {
				    if (rule.selectorText) { found.push(rule.selectorText); }
				  }
				}
				return found;""");
		Set<String> styles = new TreeSet<>();
		for (var selector : selectors) {
			var matcher = java.util.regex.Pattern.compile("(?:^|[\\s,>])(a)?(button|\\.button)((?:\\.[\\w-]+)*)")
				.matcher(selector);
			while (matcher.find()) {
				var element = matcher.group(2).equals("button") ? "button" : "a.button";
				styles.add(element + matcher.group(3));
			}
		}

		assertThat(styles).isNotEmpty();
		assertThat(SAMPLES.keySet()).containsAll(styles);
	}

	private void check(WebElement sample, String state, List<String> unreadable) {
		@SuppressWarnings("unchecked")
		var result = (List<Object>) executeScript(CONTRAST, sample);
		var ratio = ((Number) result.get(0)).doubleValue();
		if (ratio < 4.5) {
			unreadable.add("\"%s\" (%s) %s: %.2f:1, %s on %s".formatted(sample.getText(),
					sample.getDomAttribute("class"), state, ratio, result.get(1), result.get(2)));
		}
	}

}
