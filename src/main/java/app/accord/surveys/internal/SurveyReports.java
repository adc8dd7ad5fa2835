package app.accord.surveys.internal;

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
 * comments are read row by row, newest first, and at most {@link #MAX_COMMENTS} of them.
 */
@Service
class SurveyReports {

	static final int MAX_COMMENTS = 500;

	/** Key of the group of respondents who did not say (no role group, no site). */
	static final String UNSTATED = "";

	private final JdbcTemplate jdbc;

	private final Administrations administrations;

	private final Instruments instruments;

	private final ItemBank bank;

	private final SurveySettings settings;

	private final MessageSource messages;

	private final SurveyTrends trends;

	SurveyReports(JdbcTemplate jdbc, Administrations administrations, Instruments instruments, ItemBank bank,
			SurveySettings settings, MessageSource messages, SurveyTrends trends) {
		this.trends = trends;
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
		var where = "administration_id = ? and lea_cds_code = ?";
		Object[] args = { administrationId, lea == null ? SurveyCounts.ALL : lea };
		var items = instrument.questions().stream().map(Instrument.Question::item).toList();
		return build(administration.title(), lea, leaName, headcount, breakdown, labels, items,
				SurveyCounts.Table.ADMINISTRATION, where, args, List.of(administrationId), locale);
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
		var headcount = lea == null
				? jdbc.queryForObject("select coalesce(sum(headcount), 0) from survey_administration_lea", Long.class)
				: jdbc.queryForObject(
						"select coalesce(sum(headcount), 0) from survey_administration_lea where lea_cds_code = ?",
						Long.class, lea);
		var where = "lea_cds_code = ?";
		Object[] args = { lea == null ? SurveyCounts.ALL : lea };
		// Newest first: comments are read from the administrations opened last.
		var administrationIds = lea == null
				? jdbc.queryForList("select id from survey_administration order by opens_on desc, id desc", Long.class)
				: jdbc.queryForList("""
						select a.id from survey_administration a
						join survey_administration_lea l on l.administration_id = a.id and l.lea_cds_code = ?
						order by a.opens_on desc, a.id desc""", Long.class, lea);
		var title = messages.getMessage("surveys.statewide.title", null, locale);
		return build(title, lea, null, headcount, breakdown, labels, items, SurveyCounts.Table.STATE, where, args,
				administrationIds, locale);
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
		var headcount = jdbc.queryForObject("select coalesce(sum(headcount), 0) from survey_administration_lea",
				Long.class);
		var title = messages.getMessage("surveys.comparison.state", null, locale);
		// Likert items only: no comments to read, so no administrations to name.
		return build(title, null, null, headcount, Breakdown.NONE, Map.of(), items, SurveyCounts.Table.STATE,
				"lea_cds_code = ?", new Object[] { SurveyCounts.ALL }, List.of(), locale);
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
				SurveyCounts.Table.ADMINISTRATION, "administration_id = ? and lea_cds_code = ?",
				new Object[] { administrationId, SurveyCounts.ALL }, List.of(administrationId), locale);
	}

	/**
	 * A report from the pre-computed counts.
	 * @param table the counts of each administration, or of all together
	 * @param where the scope in that table (LEA '' for all LEAs)
	 * @param administrationIds the administrations in scope, newest first, for reading
	 * comments
	 */
	private Report build(String title, String lea, String leaName, long headcount, Breakdown breakdown,
			Map<String, String> labels, List<Item> items, SurveyCounts.Table table, String where, Object[] args,
			List<Long> administrationIds, Locale locale) {
		var minimum = minimum();
		var responses = jdbc.queryForObject(
				"select coalesce(sum(n), 0) from " + table.name + " where " + where + " and item_code = ''", Long.class,
				args);
		var warning = responses > headcount;
		Integer rate = warning || headcount == 0 ? null : (int) Math.round(100.0 * responses / headcount);
		if (responses < minimum) {
			return new Report(title, lea, leaName, responses, headcount, rate, warning, true, minimum, breakdown,
					List.of(), List.of(), Report.Trend.NONE);
		}
		// Respondents per role group and per site: who is hidden at the response level.
		var byRole = counts(table, "group_code", where, args);
		var bySite = counts(table, "site_code", where, args);
		var hiddenRoles = Suppression.hidden(byRole, Set.of(), minimum);
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
		jdbc.query("select item_code, " + (groupColumn == null ? "''" : groupColumn) + ", answer, sum(n) from "
				+ table.name + " where " + where + " and item_code <> '' and answer <> '' group by item_code, "
				+ (groupColumn == null ? "" : groupColumn + ", ") + "answer", rs -> {
					aggregates.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
						.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
						.merge(rs.getString(3), rs.getLong(4), Long::sum);
				}, args);
		var results = new ArrayList<Report.ItemResult>();
		for (var item : items) {
			var perGroup = aggregates.getOrDefault(item.code(), Map.of());
			var totals = new HashMap<String, Long>();
			perGroup.values().forEach(values -> values.forEach((k, v) -> totals.merge(k, v, Long::sum)));
			switch (item.kind()) {
				case LIKERT -> {
					var total = likertCell(item, "", null, totals, minimum);
					var cells = new ArrayList<Report.Cell>();
					if (breakdown != Breakdown.NONE) {
						var itemCounts = new LinkedHashMap<String, Long>();
						groupCounts.keySet()
							.forEach(key -> itemCounts.put(key, sum(perGroup.getOrDefault(key, Map.of()))));
						var hidden = Suppression.hidden(itemCounts, hiddenGroups, minimum);
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
					var comments = comments(item.code(), lea, administrationIds, hiddenRoles, hiddenSites);
					results.add(new Report.ItemResult(item.code(), item.text(locale), item.kind(), 0, false,
							new Report.Cell("", null, (long) comments.size(), null, List.of(), List.of(), null, false),
							List.of(), List.of(), comments));
				}
			}
		}
		return new Report(title, lea, leaName, responses, headcount, rate, warning, false, minimum, breakdown, groups,
				results, trends.of(items, lea, minimum, locale));
	}

	/**
	 * Comments of respondents whose role group and site are both shown: a comment of a
	 * hidden group could otherwise be told apart by comparing breakdowns. Newest first:
	 * administration by administration in the order given, each along an index from its
	 * latest response, until enough are read; so the cost follows the comments shown, not
	 * the answers stored or the administrations there have been.
	 */
	private List<String> comments(String itemCode, String lea, List<Long> administrationIds, Set<String> hiddenRoles,
			Set<String> hiddenSites) {
		var limit = MAX_COMMENTS * 4;
		var comments = new ArrayList<String>();
		var read = new int[1];
		for (var administrationId : administrationIds) {
			if (read[0] >= limit) {
				break;
			}
			var args = new ArrayList<Object>(List.of(administrationId, itemCode));
			if (lea != null) {
				args.add(lea);
			}
			args.add(limit - read[0]);
			jdbc.query("select coalesce(group_code, ''), coalesce(site_code, ''), text_answer "
					+ "from survey_answer where administration_id = ? and item_code = ?"
					+ (lea == null ? "" : " and lea_cds_code = ?")
					+ " and text_answer is not null order by response_id desc limit ?", rs -> {
						read[0]++;
						if (comments.size() < MAX_COMMENTS && !hiddenRoles.contains(rs.getString(1))
								&& !hiddenSites.contains(rs.getString(2))) {
							comments.add(rs.getString(3));
						}
					}, args.toArray());
		}
		return comments;
	}

	/** Respondents per group or site in scope, in key order. */
	private LinkedHashMap<String, Long> counts(SurveyCounts.Table table, String column, String where, Object[] args) {
		var counts = new LinkedHashMap<String, Long>();
		jdbc.query("select " + column + ", sum(n) from " + table.name + " where " + where
				+ " and item_code = '' group by " + column + " order by 1", rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				}, args);
		return counts;
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
