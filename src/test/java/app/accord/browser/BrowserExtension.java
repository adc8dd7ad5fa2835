package app.accord.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Gives browser tests the shared {@link Browser}. Skips them where Chromium is not
 * installed, but fails them when {@code CI=true}, where a skip would hide a broken
 * pipeline. Starts the browser with the first test that needs it, resets it before each
 * test, and saves a screenshot and the page source of every failing test to
 * {@code target/browser-screenshots}.
 * <p>
 * The browser lives in the root context's store, so it is started once per test run and
 * quit by JUnit when the run ends.
 */
final class BrowserExtension implements TestInstancePreConstructCallback, BeforeEachCallback, ParameterResolver,
		TestExecutionExceptionHandler {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	private static final AtomicBoolean warned = new AtomicBoolean();

	/**
	 * Decides before the test instance exists, so that a skipped test does not start the
	 * application either.
	 */
	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		Browser.Installation.configured().missing().ifPresent(missing -> {
			if (onCi()) {
				Assertions
					.fail(missing + ": CI=true, so the browser tests must run; install chromium and chromium-driver");
			}
			var message = missing + ": browser tests skipped; install chromium and chromium-driver to run them";
			if (warned.compareAndSet(false, true)) {
				System.err.println("WARNING: " + message);
			}
			Assumptions.abort(message);
		});
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		var name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		try {
			var browser = browser(context);
			var screenshot = browser.screenshot(name);
			browser.pageSource(name);
			System.err.println("Browser test failed; the page it saw: " + screenshot.toAbsolutePath());
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		throw failure;
	}

	private static Browser browser(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, type -> Browser.start(Browser.Installation.configured()), Browser.class);
	}

	private static boolean onCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
