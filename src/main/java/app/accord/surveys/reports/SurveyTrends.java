package app.accord.surveys.reports;

import app.accord.surveys.instruments.Item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How an LEA's agreement shares moved across the administrations that asked the same
 * items.
 */
@Component
class SurveyTrends {

	private final JdbcTemplate jdbc;

	private final SuppressionPlans plans;

	SurveyTrends(JdbcTemplate jdbc, SuppressionPlans plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * Agree shares of these Likert items in every administration that asked them, for one
	 * LEA (an index covers it, so its cost follows that LEA's answers, not the state's).
	 * A share is left out where that administration's report hides the LEA's item.
	 */
	Report.Trend of(List<Item> items, String lea, int minimum, Locale locale) {
		var likert = items.stream().filter(Item::likert).toList();
		if (likert.isEmpty() || lea == null) {
			return Report.Trend.NONE;
		}
		var marks = String.join(", ", likert.stream().map(i -> "?").toList());
		var args = new ArrayList<Object>();
		args.add(lea);
		args.addAll(likert.stream().map(Item::code).toList());
		// administration -> item -> [answered, rated, agreeing]
		var points = new HashMap<String, Integer>();
		likert.forEach(item -> points.put(item.code(), item.scalePoints()));
		var figures = new LinkedHashMap<Long, Map<String, long[]>>();
		jdbc.query("select administration_id, item_code, answer, sum(n) from survey_count where lea_cds_code = ? "
				+ "and item_code in (" + marks + ") group by administration_id, item_code, answer "
				+ "order by administration_id", rs -> {
					var value = Integer.parseInt(rs.getString(3));
					var n = rs.getLong(4);
					var f = figures.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
						.computeIfAbsent(rs.getString(2), k -> new long[3]);
					f[0] += n;
					if (value > 0) {
						f[1] += n;
						if (value >= points.get(rs.getString(2)) - 1) {
							f[2] += n;
						}
					}
				}, args.toArray());
		if (figures.isEmpty()) {
			return Report.Trend.NONE;
		}
		var idMarks = String.join(", ", figures.keySet().stream().map(id -> "?").toList());
		var columns = jdbc.query(
				"select id, title, opens_on from survey_administration where id in (" + idMarks
						+ ") order by opens_on, id",
				(rs, n) -> new Report.TrendColumn(rs.getLong(1), rs.getString(2),
						rs.getObject(3, java.time.LocalDate.class)),
				figures.keySet().toArray());
		var hidden = plans.of(new ArrayList<>(figures.keySet()));
		var rows = new ArrayList<Report.TrendRow>();
		for (var item : likert) {
			var percents = new ArrayList<Integer>();
			for (var column : columns) {
				var f = figures.get(column.id()).get(item.code());
				percents.add(f == null || f[0] < minimum || f[1] == 0 || hidden.get(column.id()).hides(lea, item.code())
						? null : (int) Math.round(100.0 * f[2] / f[1]));
			}
			rows.add(new Report.TrendRow(item.code(), item.text(locale), percents));
		}
		return new Report.Trend(columns, rows);
	}

}
