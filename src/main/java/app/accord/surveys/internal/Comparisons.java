package app.accord.surveys.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * What a report is compared with. The state is every LEA's answers to the same items (by
 * item code) in every administration, as in the statewide report. A comparison is left
 * out when the rest of its scope (the scope minus this report's respondents) is under the
 * reporting minimum: subtracting the report from it would reveal a small group.
 */
@Component
class Comparisons {

	private final SurveyReports reports;

	Comparisons(SurveyReports reports) {
		this.reports = reports;
	}

	List<Comparison> of(long administrationId, String lea, Report report, Locale locale) {
		if (report.suppressed()) {
			return List.of();
		}
		var state = reports.state(administrationId, lea, locale);
		var comparison = compare(Comparison.Scope.STATE, state, report);
		return comparison == null ? List.of() : List.of(comparison);
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
