package app.accord.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The one headless Chromium the whole browser suite drives. Starting it costs seconds, so
 * every test class shares it and each test starts from a clean slate instead (blank page,
 * no cookies, no storage).
 * <p>
 * Both the browser and the driver are given by path, so Selenium Manager never runs and
 * nothing is downloaded: the suite uses what the machine has installed.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM_PROPERTY = "accord.browser.chromium";

	static final String CHROMEDRIVER_PROPERTY = "accord.browser.chromedriver";

	static final Path ARTIFACTS = Path.of(System.getProperty("basedir", "."), "target", "browser-screenshots");

	/**
	 * Selenium warns on every start that it has no DevTools implementation for this
	 * Chromium version. The suite needs none: it sends all its commands through
	 * ChromeDriver. Kept in a field because {@code java.util.logging} holds loggers
	 * weakly.
	 */
	private static final List<Logger> QUIETED = errorsOnly("org.openqa.selenium.devtools.CdpVersionFinder",
			"org.openqa.selenium.chromium.ChromiumDriver");

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private final Set<String> origins = new LinkedHashSet<>();

	private final Thread shutdownHook = new Thread(this::close, "quit-chromium");

	private boolean closed;

	private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	static Browser start(Installation installation) {
		// Screenshots of an earlier run's failures would only mislead.
		deleteRecursively(ARTIFACTS);
		Path profile = createProfileDirectory();
		var service = new ChromeDriverService.Builder().usingDriverExecutable(installation.chromedriver().toFile())
			.usingAnyFreePort()
			.withLogFile(logFile())
			.withLogLevel(ChromiumDriverLogLevel.WARNING)
			.build();
		var options = new ChromeOptions();
		options.setBinary(installation.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-proxy-server", "--user-data-dir=" + profile,
				"--window-size=1280,900", "--lang=en-US");
		// A fixed Accept-Language: pages start in English on every machine.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		try {
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			return new Browser(service, driver, profile);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteRecursively(profile);
			throw ex;
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Opens an absolute URL and remembers its origin, so that {@link #reset()} can clear
	 * what the application stored there.
	 */
	void open(URI url) {
		this.origins.add(url.getScheme() + "://" + url.getAuthority());
		this.driver.get(url.toString());
	}

	/** Forgets everything an earlier test did: page, cookies and web storage. */
	void reset() {
		this.driver.get("about:blank");
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		for (String origin : this.origins) {
			this.driver.executeCdpCommand("Storage.clearDataForOrigin",
					Map.of("origin", origin, "storageTypes", "all"));
		}
		// Reading the log empties it: the next test sees only its own errors.
		this.driver.manage().logs().get(LogType.BROWSER);
	}

	/** The errors the browser logged since the last call or {@link #reset()}. */
	List<String> errors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Saves what the window shows now to {@code target/browser-screenshots/NAME.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(ARTIFACTS);
			Path file = ARTIFACTS.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves the current DOM next to the screenshot; a failing test is easier to read with
	 * both.
	 */
	Path pageSource(String name) {
		try {
			Files.createDirectories(ARTIFACTS);
			return Files.writeString(ARTIFACTS.resolve(name + ".html"), this.driver.getPageSource());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			deleteRecursively(this.profile);
			if (Thread.currentThread() != this.shutdownHook) {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
		}
	}

	private static List<Logger> errorsOnly(String... names) {
		var loggers = new ArrayList<Logger>();
		for (String name : names) {
			var logger = Logger.getLogger(name);
			logger.setLevel(Level.SEVERE);
			loggers.add(logger);
		}
		return loggers;
	}

	private static Path createProfileDirectory() {
		try {
			return Files.createTempDirectory("accord-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.File logFile() {
		try {
			Files.createDirectories(ARTIFACTS);
			return ARTIFACTS.resolve("chromedriver.log").toFile();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// Leftovers (an old profile, old screenshots) are harmless; the test
			// result matters more.
		}
	}

	/**
	 * Where Chromium and ChromeDriver are installed: Debian's {@code chromium} and
	 * {@code chromium-driver} packages unless the system properties
	 * {@value #CHROMIUM_PROPERTY} and {@value #CHROMEDRIVER_PROPERTY} say otherwise.
	 */
	record Installation(Path chromium, Path chromedriver) {

		static Installation configured() {
			return new Installation(Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium")),
					Path.of(System.getProperty(CHROMEDRIVER_PROPERTY, "/usr/bin/chromedriver")));
		}

		/**
		 * What is missing, if anything, in a sentence that starts the skip or failure
		 * message.
		 */
		Optional<String> missing() {
			if (!Files.isExecutable(this.chromium)) {
				return Optional.of("Chromium not found at " + this.chromium);
			}
			if (!Files.isExecutable(this.chromedriver)) {
				return Optional.of("ChromeDriver not found at " + this.chromedriver);
			}
			return Optional.empty();
		}

	}

}
