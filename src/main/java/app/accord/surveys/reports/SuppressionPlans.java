package app.accord.surveys.reports;

import app.accord.surveys.answers.SurveyCounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what {@link Suppression} decides from the kept counts: which LEAs of an
 * administration are hidden (as a whole and item by item), and which administrations are
 * under the minimum altogether. Every report, export and trend asks here, so an LEA
 * hidden in one of them is hidden in all.
 */
@Component
public class SuppressionPlans {

	private final JdbcTemplate jdbc;

	private final SurveySettings settings;

	SuppressionPlans(JdbcTemplate jdbc, SurveySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The LEAs hidden in one administration. */
	public Suppression.Plan of(long administrationId) {
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

	/**
	 * The role groups of one administration as a wider report sees them: their counts and
	 * what the report of one LEA ({@code lea}) or of the whole administration
	 * ({@code null}) hides. The whole administration hides every group an LEA's report
	 * hides where that group has respondents ({@link Suppression#forced}).
	 */
	Suppression.Part roleGroups(long administrationId, String lea) {
		var plan = of(administrationId);
		var counts = roleCounts(administrationId);
		if (lea != null) {
			return leaPart(lea, counts.getOrDefault(lea, new Counts()), plan);
		}
		var parts = new ArrayList<Suppression.Part>();
		counts.forEach((code, c) -> {
			if (!code.isEmpty()) {
				parts.add(leaPart(code, c, plan));
			}
		});
		var all = counts.getOrDefault(SurveyCounts.ALL, new Counts());
		if (sum(all.respondents) < settings.reportingMinimum()) {
			return Suppression.Part.hiddenEntirely(all.respondents, all.answered);
		}
		var forced = Suppression.forced(parts);
		return new Suppression.Part(all.respondents, all.answered, Suppression.groups(all.respondents, all.answered,
				forced.groups(), forced.byItem(), settings.reportingMinimum()));
	}

	/** What the report of every LEA of an administration hides among its role groups. */
	List<Suppression.Part> roleGroupsOfEachLea(long administrationId) {
		var plan = of(administrationId);
		var parts = new ArrayList<Suppression.Part>();
		roleCounts(administrationId).forEach((code, c) -> {
			if (!code.isEmpty()) {
				parts.add(leaPart(code, c, plan));
			}
		});
		return parts;
	}

	private Suppression.Part leaPart(String lea, Counts counts, Suppression.Plan plan) {
		if (plan.hides(lea) || sum(counts.respondents) < settings.reportingMinimum()) {
			return Suppression.Part.hiddenEntirely(counts.respondents, counts.answered);
		}
		var forcedByItem = new HashMap<String, Set<String>>();
		counts.answered.keySet().forEach(item -> {
			if (plan.hides(lea, item)) {
				forcedByItem.put(item, counts.respondents.keySet());
			}
		});
		return new Suppression.Part(counts.respondents, counts.answered, Suppression.groups(counts.respondents,
				counts.answered, Set.of(), forcedByItem, settings.reportingMinimum()));
	}

	private static final class Counts {

		final Map<String, Long> respondents = new TreeMap<>();

		final Map<String, Map<String, Long>> answered = new HashMap<>();

	}

	/**
	 * Respondents per role group, and per item those who answered, by LEA ('' for all).
	 */
	private Map<String, Counts> roleCounts(long administrationId) {
		var counts = new HashMap<String, Counts>();
		jdbc.query("select lea_cds_code, item_code, group_code, sum(n) from survey_count where administration_id = ?"
				+ " and (item_code = '' or answer <> '') group by lea_cds_code, item_code, group_code", rs -> {
					var n = rs.getLong(4);
					if (n == 0) {
						return;
					}
					var c = counts.computeIfAbsent(rs.getString(1), k -> new Counts());
					if (rs.getString(2).isEmpty()) {
						c.respondents.merge(rs.getString(3), n, Long::sum);
					}
					else {
						c.answered.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
							.merge(rs.getString(3), n, Long::sum);
					}
				}, administrationId);
		return counts;
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
