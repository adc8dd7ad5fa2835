package app.accord.surveys.reports;

import app.accord.surveys.answers.SurveyCounts;

import app.accord.surveys.reports.ScopedCounts.Scope;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the statewide figures leave out, so that subtracting the narrower reports from
 * them reveals nothing those reports hide ({@link SuppressionPlans}).
 */
@Component
class StatewideExclusions {

	private final JdbcTemplate jdbc;

	private final SuppressionPlans plans;

	StatewideExclusions(JdbcTemplate jdbc, SuppressionPlans plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * What a statewide figure leaves out, so that it is the sum of figures shown
	 * elsewhere and subtracting those reveals nothing: the administrations in which an
	 * LEA is hidden (its counts there, item by item where it is hidden for some items
	 * only), or for all LEAs the administrations under the minimum (item by item too).
	 */
	record LeftOut(List<Long> administrations, List<Scope> scopes) {
	}

	LeftOut ofTheState() {
		var small = plans.underMinimum();
		var scopes = new ArrayList<Scope>();
		small.forEach(id -> scopes.add(new Scope(SurveyCounts.Table.ADMINISTRATION,
				"administration_id = ? and lea_cds_code = ?", id, SurveyCounts.ALL)));
		plans.itemsUnderMinimum().forEach((id, items) -> {
			if (!small.contains(id)) {
				items.forEach(item -> scopes.add(new Scope(SurveyCounts.Table.ADMINISTRATION,
						"administration_id = ? and lea_cds_code = ? and item_code = ?", id, SurveyCounts.ALL, item)));
			}
		});
		return new LeftOut(small, scopes);
	}

	LeftOut of(String lea, List<Long> administrationIds) {
		var hidden = new ArrayList<Long>();
		var scopes = new ArrayList<Scope>();
		plans.of(administrationIds).forEach((id, plan) -> {
			if (plan.hides(lea)) {
				hidden.add(id);
				scopes.add(new Scope(SurveyCounts.Table.ADMINISTRATION, "administration_id = ? and lea_cds_code = ?",
						id, lea));
				return;
			}
			plan.byItem().forEach((item, leas) -> {
				if (leas.contains(lea)) {
					scopes.add(new Scope(SurveyCounts.Table.ADMINISTRATION,
							"administration_id = ? and lea_cds_code = ? and item_code = ?", id, lea, item));
				}
			});
		});
		return new LeftOut(hidden, scopes);
	}

	/** Staff counted in the statewide figures: those of the administrations kept in. */
	long headcount(String lea, List<Long> leftOut) {
		var sql = new StringBuilder("select coalesce(sum(headcount), 0) from survey_administration_lea where 1 = 1");
		var args = new ArrayList<Object>();
		if (lea != null) {
			sql.append(" and lea_cds_code = ?");
			args.add(lea);
		}
		if (!leftOut.isEmpty()) {
			sql.append(" and administration_id not in (")
				.append(String.join(", ", leftOut.stream().map(id -> "?").toList()))
				.append(")");
			args.addAll(leftOut);
		}
		return jdbc.queryForObject(sql.toString(), Long.class, args.toArray());
	}

}
