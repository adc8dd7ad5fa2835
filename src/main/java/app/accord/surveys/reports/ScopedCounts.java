package app.accord.surveys.reports;

import app.accord.surveys.answers.SurveyCounts;

import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a report's kept counts ({@link SurveyCounts}): a scope of a counts table, less
 * the parts of it a report leaves out.
 */
@Component
class ScopedCounts {

	/**
	 * Where a report's counts are: a table and a condition on it (with its arguments).
	 */
	record Scope(SurveyCounts.Table table, String where, Object... args) {
	}

	private final JdbcTemplate jdbc;

	ScopedCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Respondents per group or site in scope, in key order. */
	LinkedHashMap<String, Long> counts(Scope scope, List<Scope> minus, String column) {
		var counts = new java.util.TreeMap<String, Long>();
		forEach(scope, minus, "select " + column + ", sum(n) from %s where %s and item_code = '' group by " + column,
				(rs, sign) -> counts.merge(rs.getString(1), sign * rs.getLong(2), Long::sum));
		counts.values().removeIf(n -> n == 0);
		return new LinkedHashMap<>(counts);
	}

	long sum(Scope scope, List<Scope> minus, String sql) {
		var total = new long[1];
		forEach(scope, minus, sql, (rs, sign) -> total[0] += sign * rs.getLong(1));
		return total[0];
	}

	interface SignedRow {

		void accept(java.sql.ResultSet rs, long sign) throws java.sql.SQLException;

	}

	/**
	 * Runs {@code sql} (table and condition as %s) on the scope, then on each part left
	 * out, whose rows count negatively.
	 */
	void forEach(Scope scope, List<Scope> minus, String sql, SignedRow row) {
		jdbc.query(sql.formatted(scope.table().name, scope.where()), rs -> {
			row.accept(rs, 1);
		}, scope.args());
		for (var part : minus) {
			jdbc.query(sql.formatted(part.table().name, part.where()), rs -> {
				row.accept(rs, -1);
			}, part.args());
		}
	}

}
