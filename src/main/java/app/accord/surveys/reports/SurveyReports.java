package app.accord.surveys.reports;

import app.accord.surveys.administrations.Administration;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.answers.SurveyCounts;
import app.accord.surveys.instruments.Instrument;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.instruments.Item;
import app.accord.surveys.instruments.ItemBank;
import app.accord.surveys.instruments.ItemKind;
import app.accord.surveys.rules.SurveyRuleViolation;

import app.accord.surveys.reports.ScopedCounts.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item reports read from the counts kept with every stored answer ({@link SurveyCounts}):
 * a few thousand rows per report, however many responses there are. Only open-text
 * comments are read row by row ({@link ReportComments}).
 */
@Service
public class SurveyReports {

	/** Key of the group of respondents who did not say (no role group, no site). */
	static final String UNSTATED = "";

	private final JdbcTemplate jdbc;

	private final Administrations administrations;

	private final Instruments instruments;

	private final ItemBank bank;

	private final SurveySettings settings;

	private final MessageSource messages;

	private final SurveyTrends trends;

	private final SuppressionPlans plans;

	private final ScopedCounts kept;

	private final StatewideExclusions exclusions;

	private final ReportComments comments;

	SurveyReports(JdbcTemplate jdbc, Administrations administrations, Instruments instruments, ItemBank bank,
			SurveySettings settings, MessageSource messages, SurveyTrends trends, SuppressionPlans plans,
			ScopedCounts kept, StatewideExclusions exclusions, ReportComments comments) {
		this.comments = comments;
		this.trends = trends;
		this.plans = plans;
		this.kept = kept;
		this.exclusions = exclusions;
		this.jdbc = jdbc;
		this.administrations = administrations;
		this.instruments = instruments;
		this.bank = bank;
		this.settings = settings;
		this.messages = messages;
	}

	int minimum() {
		return settings.reportingMinimum();
	}

	/** One administration, all its LEAs or one ({@code lea}). */
	@PreAuthorize("@surveyPolicy.canReadReport(principal, #administrationId, #lea)")
	@Transactional(readOnly = true)
	public Report administration(long administrationId, String lea, Breakdown breakdown, Locale locale) {
		if (breakdown == Breakdown.SITE && lea == null) {
			// Site codes are per LEA: sites of different LEAs must not be added up.
			throw new SurveyRuleViolation("group", "surveys.report.siteNeedsLea");
		}
		var administration = administrations.require(administrationId);
		var instrument = instruments.require(administration.instrumentId());
		String leaName = null;
		long headcount;
		if (lea != null) {
			var entry = administration.lea(lea)
				.orElseThrow(() -> new app.accord.shared.NotFoundException(
						"LEA " + lea + " is not in this administration."));
			leaName = entry.name();
			headcount = entry.headcount();
		}
		else {
			headcount = administration.headcount();
		}
		var labels = new HashMap<String, String>();
		if (breakdown == Breakdown.ROLE) {
			instrument.groupItem()
				.ifPresent(item -> item.choices().forEach(c -> labels.put(c.code(), c.label(locale))));
		}
		else if (breakdown == Breakdown.SITE) {
			administration.leas()
				.stream()
				.filter(l -> lea == null || l.cdsCode().equals(lea))
				.flatMap(l -> l.sites().stream())
				.forEach(s -> labels.put(s.code(), s.name()));
		}
		var scope = new Scope(SurveyCounts.Table.ADMINISTRATION, "administration_id = ? and lea_cds_code = ?",
				administrationId, lea == null ? SurveyCounts.ALL : lea);
		var items = instrument.questions().stream().map(Instrument.Question::item).toList();
		// One LEA's figures are hidden where the whole administration minus the LEAs
		// shown would reveal a smaller one (Suppression).
		var plan = lea == null ? Suppression.Plan.NONE : plans.of(administrationId);
		var hiddenItems = new HashSet<String>();
		items.forEach(item -> {
			if (lea != null && plan.hides(lea, item.code())) {
				hiddenItems.add(item.code());
			}
		});
		// The whole administration hides a role group wherever an LEA's report hides it.
		var forced = lea == null ? Suppression.forced(plans.roleGroupsOfEachLea(administrationId))
				: Suppression.Groups.NONE;
		return build(administration.title(), lea, leaName, headcount, breakdown, labels, items, scope, List.of(),
				lea != null && plan.hides(lea), hiddenItems, forced, List.of(administrationId), locale);
	}

	/**
	 * Every administration together, item by item (items keep their code across
	 * instruments), for all LEAs or one.
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public Report statewide(String lea, Breakdown breakdown, Locale locale) {
		if (breakdown == Breakdown.SITE) {
			throw new SurveyRuleViolation("group", "surveys.report.siteNeedsAdministration");
		}
		var labels = new HashMap<String, String>();
		var all = bank.all();
		all.stream()
			.filter(item -> item.kind() == ItemKind.CHOICE)
			.flatMap(item -> item.choices().stream())
			.forEach(c -> labels.putIfAbsent(c.code(), c.label(locale)));
		var answered = new HashSet<>(jdbc.queryForList(
				"select distinct item_code from survey_count_state where lea_cds_code = '' and item_code <> ''",
				String.class));
		var items = all.stream().filter(item -> answered.contains(item.code())).toList();
		// Newest first: comments are read from the administrations opened last.
		var administrationIds = lea == null
				? jdbc.queryForList("select id from survey_administration order by opens_on desc, id desc", Long.class)
				: jdbc.queryForList("""
						select a.id from survey_administration a
						join survey_administration_lea l on l.administration_id = a.id and l.lea_cds_code = ?
						order by a.opens_on desc, a.id desc""", Long.class, lea);
		var left = lea == null ? exclusions.ofTheState() : exclusions.of(lea, administrationIds);
		var shownIds = new ArrayList<>(administrationIds);
		shownIds.removeAll(left.administrations());
		var headcount = exclusions.headcount(lea, left.administrations());
		var scope = new Scope(SurveyCounts.Table.STATE, "lea_cds_code = ?", lea == null ? SurveyCounts.ALL : lea);
		var title = messages.getMessage("surveys.statewide.title", null, locale);
		// A role group is hidden wherever a report it sums hides it: the LEA's report in
		// each administration, or each administration's report.
		var parts = new ArrayList<Suppression.Part>();
		shownIds.forEach(id -> parts.add(plans.roleGroups(id, lea)));
		return build(title, lea, null, headcount, breakdown, labels, items, scope, left.scopes(), false, Set.of(),
				Suppression.forced(parts), shownIds, locale);
	}

	/**
	 * The state's figures for the Likert items of an administration: every LEA's answers
	 * in every administration, by item code. Whoever may read the administration's report
	 * may read these, since they only show alongside it ({@link Comparisons}).
	 */
	@PreAuthorize("@surveyPolicy.canReadReport(principal, #administrationId, #lea)")
	@Transactional(readOnly = true)
	public Report state(long administrationId, String lea, Locale locale) {
		var administration = administrations.require(administrationId);
		var items = likertItems(administration);
		var left = exclusions.ofTheState();
		var title = messages.getMessage("surveys.comparison.state", null, locale);
		// Likert items only: no comments to read, so no administrations to name.
		return build(title, null, null, exclusions.headcount(null, left.administrations()), Breakdown.NONE, Map.of(),
				items, new Scope(SurveyCounts.Table.STATE, "lea_cds_code = ?", SurveyCounts.ALL), left.scopes(), false,
				Set.of(), Suppression.Groups.NONE, List.of(), locale);
	}

	/**
	 * The network's figures for the Likert items of an administration fielded to a
	 * network: every member LEA of the administration together. Whoever may read one
	 * LEA's report may see them beside it (the comparison hides what subtraction would
	 * reveal).
	 */
	@PreAuthorize("@surveyPolicy.canReadReport(principal, #administrationId, #lea)")
	@Transactional(readOnly = true)
	public Report network(long administrationId, String lea, Locale locale) {
		var administration = administrations.require(administrationId);
		var items = likertItems(administration);
		var title = messages.getMessage("surveys.comparison.network", null, locale);
		return build(title, null, null, administration.headcount(), Breakdown.NONE, Map.of(), items,
				new Scope(SurveyCounts.Table.ADMINISTRATION, "administration_id = ? and lea_cds_code = ?",
						administrationId, SurveyCounts.ALL),
				List.of(), false, Set.of(), Suppression.Groups.NONE, List.of(administrationId), locale);
	}

	/**
	 * A report from the pre-computed counts.
	 * @param scope the counts in scope (LEA '' for all LEAs)
	 * @param minus counts within that scope left out (see
	 * {@link StatewideExclusions.LeftOut})
	 * @param hiddenLea the LEA is hidden as a whole (see {@link Suppression#plan})
	 * @param hiddenItems items whose figures are hidden in this report
	 * @param forced role groups hidden because a report this one sums hides them
	 * ({@link Suppression#forced})
	 * @param administrationIds the administrations in scope, newest first, for reading
	 * comments
	 */
	private Report build(String title, String lea, String leaName, long headcount, Breakdown breakdown,
			Map<String, String> labels, List<Item> items, Scope scope, List<Scope> minus, boolean hiddenLea,
			Set<String> hiddenItems, Suppression.Groups forced, List<Long> administrationIds, Locale locale) {
		var minimum = minimum();
		var responses = kept.sum(scope, minus, "select coalesce(sum(n), 0) from %s where %s and item_code = ''");
		var warning = responses > headcount;
		Integer rate = warning || headcount == 0 ? null : (int) Math.round(100.0 * responses / headcount);
		if (responses < minimum || hiddenLea) {
			return new Report(title, lea, leaName, responses, headcount, rate, warning, true, minimum, breakdown,
					List.of(), List.of(), Report.Trend.NONE);
		}
		// Respondents per role group and per site: who is hidden at the response level.
		var byRole = kept.counts(scope, minus, "group_code");
		var bySite = kept.counts(scope, minus, "site_code");
		var hiddenRoles = Suppression.hidden(byRole, forced.groups(), minimum);
		var hiddenSites = Suppression.hidden(bySite, Set.of(), minimum);
		var groupCounts = breakdown == Breakdown.ROLE ? byRole
				: breakdown == Breakdown.SITE ? bySite : Map.<String, Long>of();
		var hiddenGroups = breakdown == Breakdown.ROLE ? hiddenRoles
				: breakdown == Breakdown.SITE ? hiddenSites : Set.<String>of();
		var groups = new ArrayList<Report.Group>();
		groupCounts.forEach((key, n) -> groups.add(new Report.Group(key, label(key, labels, locale),
				hiddenGroups.contains(key) ? null : n, hiddenGroups.contains(key))));

		// item -> group -> value/choice -> count
		var aggregates = new HashMap<String, Map<String, Map<String, Long>>>();
		// PostgreSQL refuses a constant in GROUP BY: without a breakdown, group by item
		// and value only.
		var groupColumn = breakdown.column();
		var sql = "select item_code, " + (groupColumn == null ? "''" : groupColumn)
				+ ", answer, sum(n) from %s where %s and item_code <> '' and answer <> '' group by item_code, "
				+ (groupColumn == null ? "" : groupColumn + ", ") + "answer";
		kept.forEach(scope, minus, sql,
				(rs, sign) -> aggregates.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
					.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
					.merge(rs.getString(3), sign * rs.getLong(4), Long::sum));
		aggregates.values()
			.forEach(perGroup -> perGroup.values().forEach(values -> values.values().removeIf(n -> n == 0)));
		var results = new ArrayList<Report.ItemResult>();
		for (var item : items) {
			var perGroup = aggregates.getOrDefault(item.code(), Map.of());
			var totals = new HashMap<String, Long>();
			perGroup.values().forEach(values -> values.forEach((k, v) -> totals.merge(k, v, Long::sum)));
			if (hiddenItems.contains(item.code()) && item.kind() != ItemKind.TEXT) {
				results.add(new Report.ItemResult(item.code(), item.text(locale), item.kind(), item.scalePoints(),
						item.allowNa(), Report.Cell.hidden("", null),
						item.kind() == ItemKind.LIKERT && breakdown != Breakdown.NONE ? groupCounts.keySet()
							.stream()
							.map(key -> Report.Cell.hidden(key, label(key, labels, locale)))
							.toList() : List.of(),
						List.of(), List.of()));
				continue;
			}
			switch (item.kind()) {
				case LIKERT -> {
					var total = likertCell(item, "", null, totals, minimum);
					var cells = new ArrayList<Report.Cell>();
					if (breakdown != Breakdown.NONE) {
						var itemCounts = new LinkedHashMap<String, Long>();
						groupCounts.keySet()
							.forEach(key -> itemCounts.put(key, sum(perGroup.getOrDefault(key, Map.of()))));
						var already = new HashSet<>(hiddenGroups);
						if (breakdown == Breakdown.ROLE) {
							already.addAll(forced.byItem().getOrDefault(item.code(), Set.of()));
						}
						var hidden = Suppression.hidden(itemCounts, already, minimum);
						for (var key : groupCounts.keySet()) {
							cells.add(hidden.contains(key) ? Report.Cell.hidden(key, label(key, labels, locale))
									: likertCell(item, key, label(key, labels, locale),
											perGroup.getOrDefault(key, Map.of()), minimum));
						}
					}
					results.add(new Report.ItemResult(item.code(), item.text(locale), item.kind(), item.scalePoints(),
							item.allowNa(), total, cells, List.of(), List.of()));
				}
				case CHOICE -> {
					var n = sum(totals);
					var counts = new LinkedHashMap<String, Long>();
					item.choices().forEach(c -> counts.put(c.code(), totals.getOrDefault(c.code(), 0L)));
					var hidden = Suppression.hidden(counts, Set.of(), minimum);
					var choices = item.choices()
						.stream()
						.map(c -> hidden.contains(c.code())
								? new Report.ChoiceCount(c.code(), c.label(locale), null, null, true)
								: new Report.ChoiceCount(c.code(), c.label(locale), counts.get(c.code()),
										n == 0 ? null : (int) Math.round(100.0 * counts.get(c.code()) / n), false))
						.toList();
					var total = n < minimum ? Report.Cell.hidden("", null)
							: new Report.Cell("", null, n, null, List.of(), List.of(), null, false);
					results.add(new Report.ItemResult(item.code(), item.text(locale), item.kind(), 0, false, total,
							List.of(), n < minimum ? List.of() : choices, List.of()));
				}
				case TEXT -> {
					var comments = this.comments.of(item.code(), lea, administrationIds, hiddenRoles, hiddenSites);
					results.add(new Report.ItemResult(item.code(), item.text(locale), item.kind(), 0, false,
							new Report.Cell("", null, (long) comments.size(), null, List.of(), List.of(), null, false),
							List.of(), List.of(), comments));
				}
			}
		}
		return new Report(title, lea, leaName, responses, headcount, rate, warning, false, minimum, breakdown, groups,
				results, trends.of(items, lea, minimum, locale));
	}

	private static Report.Cell likertCell(Item item, String key, String label, Map<String, Long> values, int minimum) {
		var n = sum(values);
		if (n < minimum) {
			return Report.Cell.hidden(key, label);
		}
		var distribution = new ArrayList<Long>();
		var agree = 0L;
		for (var point = 1; point <= item.scalePoints(); point++) {
			var count = values.getOrDefault(String.valueOf(point), 0L);
			distribution.add(count);
			if (item.agrees(point)) {
				agree += count;
			}
		}
		var na = values.getOrDefault(String.valueOf(Item.NOT_APPLICABLE), 0L);
		var rated = n - na;
		var percents = new ArrayList<Integer>();
		for (var count : distribution) {
			percents.add(rated == 0 ? 0 : (int) Math.round(100.0 * count / rated));
		}
		Integer agreePercent = rated == 0 ? null : (int) Math.round(100.0 * agree / rated);
		return new Report.Cell(key, label, n, agreePercent, distribution, percents, na, false);
	}

	/** The agreement items of an administration's instrument: what comparisons show. */
	private List<Item> likertItems(Administration administration) {
		return instruments.require(administration.instrumentId())
			.questions()
			.stream()
			.map(Instrument.Question::item)
			.filter(Item::likert)
			.toList();
	}

	private static long sum(Map<String, Long> values) {
		return values.values().stream().mapToLong(Long::longValue).sum();
	}

	private String label(String key, Map<String, String> labels, Locale locale) {
		if (Objects.equals(key, UNSTATED)) {
			return messages.getMessage("surveys.report.unstated", null, locale);
		}
		return labels.getOrDefault(key, key);
	}

}
