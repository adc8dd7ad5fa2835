package app.accord.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of every {@code *BrowserTests} class: the application on a random port and the
 * shared headless Chromium, with what a test does in a browser: {@link #visit} a page,
 * find elements the way a person or a screen reader would ({@link #findByRole},
 * {@link #findByText}), use the keyboard, {@link #assertAccessible check accessibility}
 * and take {@link #screenshot screenshots}.
 * <p>
 * Subclasses add no Spring test configuration of their own (no {@code @MockitoBean}, no
 * extra properties), so that every browser test class shares one cached application
 * context and one server, with the page cache on as in production. Run them with
 * {@code ./mvnw verify -Pbrowser}.
 */
@ExtendWith(BrowserExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "accord.page-cache.enabled=true")
public abstract class BrowserTestSupport {

	/** How long to wait for an element to appear, e.g. after a click or an htmx swap. */
	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeEach
	final void useSharedBrowser(Browser browser) {
		this.browser = browser;
	}

	/** The WebDriver, for what the helpers here do not cover. */
	protected final WebDriver driver() {
		return this.browser.driver();
	}

	/** Opens a path of the application, e.g. {@code visit("/directory?q=Fresno")}. */
	protected final void visit(String path) {
		this.browser.open(URI.create("http://localhost:" + this.port + path));
	}

	/** The path and query the browser shows now, e.g. after following a link. */
	protected final String currentPath() {
		var url = URI.create(driver().getCurrentUrl());
		return url.getRawPath() + ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : "");
	}

	/** All the text the page shows, as the user reads it. */
	protected final String visibleText() {
		return driver().findElement(By.tagName("body")).getText();
	}

	/**
	 * The language the page declares on {@code <html lang>}, which screen readers use.
	 */
	protected final String pageLanguage() {
		return driver().findElement(By.tagName("html")).getDomAttribute("lang");
	}

	/**
	 * The one element with this ARIA role (as the browser computes it, e.g. {@code link},
	 * {@code button}, {@code heading}, {@code textbox}) and accessible name, waiting for
	 * it to appear. Fails if there is none, or more than one.
	 */
	protected final WebElement findByRole(String role, String name) {
		return findOne(role, name, "%s named \"%s\"".formatted(role, name));
	}

	/** The one element with this ARIA role, whatever its name, e.g. {@code "main"}. */
	protected final WebElement findByRole(String role) {
		return findOne(role, null, role);
	}

	/** Every element with this ARIA role and accessible name now on the page. */
	protected final List<WebElement> findAllByRole(String role, String name) {
		return driver().findElements(By.cssSelector(candidates(role)))
			.stream()
			.filter(element -> role.equals(element.getAriaRole())
					&& (name == null || name.equals(normalizeSpace(element.getAccessibleName()))))
			.toList();
	}

	/**
	 * The innermost visible element whose text contains {@code text}, waiting for it to
	 * appear.
	 */
	protected final WebElement findByText(String text) {
		var xpath = "//body//*[contains(normalize-space(.), %1$s)][not(.//*[contains(normalize-space(.), %1$s)])]"
			.formatted(xpathLiteral(text));
		return waitFor(driver -> driver.findElements(By.xpath(xpath))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElse(null), "no visible text \"%s\" on %s".formatted(text, currentPath()));
	}

	/** Runs JavaScript in the page, for what a user cannot see but a test must know. */
	protected final Object executeScript(String script, Object... arguments) {
		return ((JavascriptExecutor) driver()).executeScript(script, arguments);
	}

	/**
	 * What the browser logged as an error since the test started (or since the last
	 * call): scripts that failed, resources that did not load, anything the
	 * Content-Security-Policy blocked.
	 */
	protected final List<String> browserErrors() {
		return this.browser.errors();
	}

	/** The element that has keyboard focus. */
	protected final WebElement focusedElement() {
		return driver().switchTo().activeElement();
	}

	/** Presses keys as a keyboard user would, e.g. {@code press(Keys.TAB)}. */
	protected final void press(CharSequence... keys) {
		new Actions(driver()).sendKeys(keys).perform();
	}

	/**
	 * Waits until the condition returns something other than {@code null} or
	 * {@code false}, for pages that change after a click or an htmx request.
	 */
	protected final <T> T waitFor(Function<WebDriver, T> condition, String failureMessage) {
		try {
			return new WebDriverWait(driver(), PATIENCE).ignoring(StaleElementReferenceException.class)
				.until(condition::apply);
		}
		catch (TimeoutException ex) {
			throw new AssertionError(failureMessage, ex);
		}
	}

	/**
	 * Runs axe-core on the page as it is now and fails listing every serious or critical
	 * violation (rule, what it requires, where).
	 */
	protected final void assertAccessible() {
		var report = Axe.run((JavascriptExecutor) driver());
		var blocking = report.seriousOrCritical();
		if (!blocking.isEmpty()) {
			throw new AssertionError("axe-core %s found %d serious or critical accessibility violation(s) on %s:%n%s"
				.formatted(report.version(), blocking.size(), report.url(),
						blocking.stream().map(violation -> "  - " + violation).collect(Collectors.joining("\n"))));
		}
	}

	/**
	 * Saves what the browser shows to {@code target/browser-screenshots/NAME.png}.
	 * Failing tests get one automatically.
	 */
	protected final Path screenshot(String name) {
		return this.browser.screenshot(name);
	}

	/**
	 * A CSS selector for the elements that may have this role: those that say so, and the
	 * HTML elements that have it implicitly. The browser computes the actual role.
	 */
	private static String candidates(String role) {
		var explicit = "[role~='" + role + "']";
		var implicit = switch (role) {
			case "link" -> "a[href], area[href]";
			case "button" -> "button, input[type=button], input[type=submit], input[type=reset], summary";
			case "heading" -> "h1, h2, h3, h4, h5, h6";
			case "textbox" -> "input:not([type]), input[type=text], input[type=email], input[type=tel], "
					+ "input[type=url], input[type=password], textarea";
			case "searchbox" -> "input[type=search]";
			case "checkbox" -> "input[type=checkbox]";
			case "radio" -> "input[type=radio]";
			case "spinbutton" -> "input[type=number]";
			case "combobox" -> "select, input[list]";
			case "listbox" -> "select[multiple], select[size], datalist";
			case "option" -> "option";
			case "banner" -> "header";
			case "navigation" -> "nav";
			case "main" -> "main";
			case "contentinfo" -> "footer";
			case "region" -> "section";
			case "form" -> "form";
			case "search" -> "search";
			case "article" -> "article";
			case "dialog" -> "dialog";
			case "table" -> "table";
			case "row" -> "tr";
			case "cell" -> "td";
			case "columnheader", "rowheader" -> "th";
			case "list" -> "ul, ol";
			case "listitem" -> "li";
			case "img" -> "img";
			case "status" -> "output";
			default -> null;
		};
		return (implicit != null) ? implicit + ", " + explicit : explicit;
	}

	private WebElement findOne(String role, String name, String description) {
		var found = waitFor(driver -> {
			var matches = findAllByRole(role, name);
			return matches.isEmpty() ? null : matches;
		}, "no %s on %s".formatted(description, currentPath()));
		if (found.size() > 1) {
			throw new AssertionError(
					"%d elements are a %s on %s, expected one".formatted(found.size(), description, currentPath()));
		}
		return found.get(0);
	}

	private static String normalizeSpace(String text) {
		return (text != null) ? text.strip().replaceAll("\\s+", " ") : "";
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
