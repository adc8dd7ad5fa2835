package app.accord.surveys.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what {@link Suppression} decides from the kept counts: which LEAs of an
 * administration are hidden (as a whole and item by item), and which administrations are
 * under the minimum altogether. Every report, export and trend asks here, so an LEA
 * hidden in one of them is hidden in all.
 */
@Component
class SuppressionPlans {

	private final JdbcTemplate jdbc;

	private final SurveySettings settings;

	SuppressionPlans(JdbcTemplate jdbc, SurveySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The LEAs hidden in one administration. */
	Suppression.Plan of(long administrationId) {
		var respondents = new LinkedHashMap<String, Long>();
		jdbc.queryForList("select lea_cds_code from survey_administration_lea where administration_id = ?",
				String.class, administrationId)
			.forEach(lea -> respondents.put(lea, 0L));
		var answered = new HashMap<String, Map<String, Long>>();
		// Response rows ('' item) and answer rows with a value (open text has none).
		jdbc.query("select lea_cds_code, item_code, sum(n) from survey_count where administration_id = ?"
				+ " and lea_cds_code <> '' and (item_code = '' or answer <> '') group by lea_cds_code, item_code",
				rs -> {
					if (rs.getString(2).isEmpty()) {
						respondents.merge(rs.getString(1), rs.getLong(3), Long::sum);
					}
					else {
						answered.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
							.put(rs.getString(1), rs.getLong(3));
					}
				}, administrationId);
		return Suppression.plan(respondents, answered, settings.reportingMinimum());
	}

	/** Plans of several administrations (e.g. those an LEA took part in). */
	Map<Long, Suppression.Plan> of(List<Long> administrationIds) {
		var plans = new HashMap<Long, Suppression.Plan>();
		administrationIds.forEach(id -> plans.put(id, of(id)));
		return plans;
	}

	/**
	 * Administrations with some responses but fewer than the minimum: the state's figures
	 * leave them out, or the state minus every other administration would show them.
	 */
	List<Long> underMinimum() {
		return jdbc.queryForList(
				"select administration_id from survey_count where lea_cds_code = '' and item_code = ''"
						+ " group by administration_id having sum(n) > 0 and sum(n) < ?",
				Long.class, settings.reportingMinimum());
	}

	/**
	 * Items answered by some but fewer than the minimum in an administration (by
	 * administration): the state's figures of that item leave them out likewise.
	 */
	Map<Long, List<String>> itemsUnderMinimum() {
		var items = new HashMap<Long, List<String>>();
		jdbc.query(
				"select administration_id, item_code from survey_count where lea_cds_code = '' and item_code <> ''"
						+ " and answer <> '' group by administration_id, item_code having sum(n) > 0 and sum(n) < ?",
				rs -> {
					items.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
				}, settings.reportingMinimum());
		return items;
	}

}
