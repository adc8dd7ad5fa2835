package app.accord.browser;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff publish a resource and a visitor finds it as they type; the library form refuses
 * a file over the limit as soon as it is chosen, next to the field, and keeps what was
 * typed (static/js/upload-limit.js).
 */
class LibraryBrowserTests extends BrowserTestSupport {

	@TempDir
	Path directory;

	@Test
	void aFileOverTheLimitIsRefusedNextToTheFieldBeforeAnythingIsSent() throws Exception {
		visit("/signin");
		driver().findElement(By.id("password-email")).sendKeys("admin@accord.test");
		driver().findElement(By.id("password")).sendKeys("correct horse battery staple");
		findByRole("button", "Sign in").click();
		findByRole("heading", "My account");
		var large = directory.resolve("large.pdf");
		try (var file = new RandomAccessFile(large.toFile(), "rw")) {
			file.setLength(51L * 1024 * 1024);
		}
		var small = Files.write(directory.resolve("small.pdf"), "%PDF-1.4\n".getBytes());

		visit("/staff/library/new");
		driver().findElement(By.id("title")).sendKeys("Typed before choosing");
		var input = driver().findElement(By.id("file"));
		input.sendKeys(large.toString());

		var error = driver().findElement(By.id("file-size-error"));
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).isEqualTo("The file is larger than 50 MB.");
		assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(input.getAttribute("aria-describedby")).contains("file-size-error");

		findByRole("button", "Publish").click();
		assertThat(currentPath()).isEqualTo("/staff/library/new");
		assertThat(driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("Typed before choosing");

		input.clear();
		input.sendKeys(small.toString());
		assertThat(error.isDisplayed()).isFalse();
		assertThat(input.getAttribute("aria-invalid")).isNull();
		assertThat(browserErrors()).isEmpty();
	}

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
