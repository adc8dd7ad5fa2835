package app.accord.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs axe-core, from the {@code org.webjars.npm:axe-core} test dependency, on the page a
 * browser shows.
 * <p>
 * The script goes in through WebDriver, which the page's Content-Security-Policy does not
 * govern. Because a page could still keep axe from running, {@link #run} insists on a
 * real result (an engine name and at least one rule evaluated) so an accessibility check
 * can never pass by not having happened.
 */
final class Axe {

	private static final String WEBJAR_SCRIPT = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			if (typeof window.axe !== 'object' || typeof window.axe.run !== 'function') {
			  done({error: 'axe-core is not loaded on this page'});
			  return;
			}
			window.axe.run(document, {resultTypes: ['violations']}).then(function (r) {
			  done({
			    engine: r.testEngine.name,
			    version: r.testEngine.version,
			    url: r.url,
			    rulesEvaluated: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
			    violations: r.violations.map(function (v) {
			      return {
			        id: v.id,
			        impact: v.impact || 'unknown',
			        help: v.help,
			        helpUrl: v.helpUrl,
			        targets: v.nodes.map(function (n) {
			          return n.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : String(t); }).join(' ');
			        })
			      };
			    })
			  });
			}, function (e) {
			  done({error: String(e && e.message || e)});
			});
			""";

	private static final String SOURCE = load();

	private Axe() {
	}

	static Report run(JavascriptExecutor browser) {
		var loaded = browser.executeScript("return typeof window.axe === 'object'");
		if (!Boolean.TRUE.equals(loaded)) {
			browser.executeScript(SOURCE);
		}
		var raw = browser.executeAsyncScript(RUN);
		if (!(raw instanceof Map<?, ?> result)) {
			throw new AssertionError("axe-core returned no result object but " + raw);
		}
		if (result.get("error") != null) {
			throw new AssertionError("axe-core could not check the page: " + result.get("error"));
		}
		var report = Report.from(result);
		if (!"axe-core".equals(report.engine()) || report.rulesEvaluated() == 0) {
			throw new AssertionError("axe-core did not evaluate any rule on " + report.url() + ": " + result);
		}
		return report;
	}

	private static String load() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(WEBJAR_SCRIPT);
			if (scripts.length != 1) {
				throw new IllegalStateException(
						"Expected one axe.min.js from the axe-core webjar on the test classpath, found "
								+ scripts.length);
			}
			return scripts[0].getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Report(String engine, String version, String url, long rulesEvaluated, List<Violation> violations) {

		static Report from(Map<?, ?> result) {
			var violations = ((List<?>) result.get("violations")).stream()
				.map(Map.class::cast)
				.map(Violation::from)
				.toList();
			return new Report((String) result.get("engine"), (String) result.get("version"), (String) result.get("url"),
					((Number) result.get("rulesEvaluated")).longValue(), violations);
		}

		/**
		 * Violations that block or seriously hinder someone using assistive technology.
		 */
		List<Violation> seriousOrCritical() {
			return this.violations.stream()
				.filter(violation -> violation.impact().equals("serious") || violation.impact().equals("critical"))
				.toList();
		}

	}

	record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

		static Violation from(Map<?, ?> violation) {
			return new Violation((String) violation.get("id"), (String) violation.get("impact"),
					(String) violation.get("help"), (String) violation.get("helpUrl"),
					((List<?>) violation.get("targets")).stream().map(String::valueOf).toList());
		}

		@Override
		public String toString() {
			return "%s (%s): %s%n    elements: %s%n    see %s".formatted(this.id, this.impact, this.help,
					String.join(", ", this.targets), this.helpUrl);
		}

	}

}
