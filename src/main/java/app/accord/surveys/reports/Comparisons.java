package app.accord.surveys.reports;

import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.instruments.ItemKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * What a report is compared with. For one LEA of an administration fielded to a network,
 * the network: every member LEA of that administration. The state is every LEA's answers
 * to the same items (by item code) in every administration, as in the statewide report. A
 * comparison is left out when the rest of its scope (the scope minus this report's
 * respondents) is under the reporting minimum: subtracting the report from it would
 * reveal a small group.
 * <p>
 * The state's figures are aggregates over every response, so they are kept for a minute
 * per administration and language: reading several LEAs' reports in a row costs one
 * statewide pass, and a figure a minute old compared with the report changes nothing a
 * reader can act on. (The cache is only read after the report itself was allowed.)
 */
@Component
class Comparisons {

	static final java.time.Duration KEPT = java.time.Duration.ofMinutes(1);

	private record Kept(Report report, long at) {
	}

	private final SurveyReports reports;

	private final Administrations administrations;

	private final java.util.Map<String, Kept> state = new java.util.concurrent.ConcurrentHashMap<>();

	Comparisons(SurveyReports reports, Administrations administrations) {
		this.reports = reports;
		this.administrations = administrations;
	}

	List<Comparison> of(long administrationId, String lea, Report report, Locale locale) {
		if (report.suppressed()) {
			return List.of();
		}
		var key = administrationId + "/" + locale.toLanguageTag();
		var now = System.nanoTime();
		var kept = state.get(key);
		if (kept == null || now - kept.at() > KEPT.toNanos()) {
			state.values().removeIf(k -> now - k.at() > KEPT.toNanos());
			kept = new Kept(reports.state(administrationId, lea, locale), now);
			state.put(key, kept);
		}
		var result = new java.util.ArrayList<Comparison>();
		if (lea != null && administrations.require(administrationId).networkId() != null) {
			var network = compare(Comparison.Scope.NETWORK, reports.network(administrationId, lea, locale), report);
			if (network != null) {
				result.add(network);
			}
		}
		var state = compare(Comparison.Scope.STATE, kept.report(), report);
		if (state != null) {
			result.add(state);
		}
		return result;
	}

	static Comparison compare(Comparison.Scope scope, Report wider, Report report) {
		var minimum = report.minimum();
		if (wider.suppressed() || wider.responses() - report.responses() < minimum) {
			return null;
		}
		var own = new java.util.HashMap<String, Report.Cell>();
		report.items().forEach(item -> own.put(item.code(), item.total()));
		var cells = new LinkedHashMap<String, Report.Cell>();
		for (var item : wider.items()) {
			var cell = item.total();
			var mine = own.get(item.code());
			if (item.kind() != ItemKind.LIKERT || cell.suppressed() || mine == null || mine.suppressed()
					|| cell.n() - mine.n() < minimum) {
				continue;
			}
			cells.put(item.code(), cell);
		}
		return new Comparison(scope, wider.title(), wider.responses(), cells);
	}

}
