package app.accord.surveys.exports;

import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.instruments.Instrument;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.reports.Suppression;
import app.accord.surveys.reports.SuppressionPlans;
import app.accord.surveys.reports.SurveySettings;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.accord.shared.NotFoundException;
import app.accord.shared.Spreadsheets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous responses of an administration, one row per response, for staff: the
 * columns the import reads ({@code lea}, {@code site}, then one per item code), so a file
 * can be analysed elsewhere or moved between installations. Nothing a response does not
 * hold (token, time, person), and no identifier of a group too small to report:
 * <ul>
 * <li>the LEA is left blank for LEAs hidden in reports ({@link Suppression}: under the
 * reporting minimum, and the next smallest while the blank ones add up to fewer), and so
 * are the site and group of their rows;</li>
 * <li>an answer is left blank where reports hide that item of the row's LEA;</li>
 * <li>within each LEA, site and role group are left blank together for the site-and-group
 * combinations under the minimum (with their complement), since a row shows both;</li>
 * <li>other single-choice answers (e.g. years in the district) are left blank where fewer
 * than the minimum in the LEA gave them;</li>
 * <li>open text is kept only on rows whose LEA, site and group are all shown, as comments
 * are on the report page.</li>
 * </ul>
 * Rows come in a random order of the export, not in the order they were sent. Cells a
 * spreadsheet would read as a formula get a leading quote.
 */
@Service
class ResponseExport {

	static final String LEA = "lea";

	static final String SITE = "site";

	/**
	 * A prime above any response id: ids times a random factor modulo it are shuffled.
	 */
	private static final long PRIME = 2147483647L;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Administrations administrations;

	private final Instruments instruments;

	private final SurveySettings settings;

	private final SuppressionPlans plans;

	ResponseExport(JdbcTemplate jdbc, Administrations administrations, Instruments instruments, SurveySettings settings,
			SuppressionPlans plans) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.administrations = administrations;
		this.instruments = instruments;
		this.settings = settings;
	}

	private record Respondent(String lea, String site, String group) {
	}

	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public String csv(long administrationId, String lea) {
		var administration = administrations.require(administrationId);
		if (lea != null && administration.lea(lea).isEmpty()) {
			throw new NotFoundException("LEA " + lea + " is not in this administration.");
		}
		var instrument = instruments.require(administration.instrumentId());
		var items = instrument.questions().stream().map(Instrument.Question::item).toList();
		var groupCode = instrument.groupItemCode();
		var minimum = settings.reportingMinimum();
		var where = lea == null ? "r.administration_id = ?" : "r.administration_id = ? and r.lea_cds_code = ?";
		Object[] args = lea == null ? new Object[] { administrationId } : new Object[] { administrationId, lea };

		// Who is shown as what: LEA, then site and group within each shown LEA.
		var combos = new LinkedHashMap<Respondent, Long>();
		jdbc.query("select r.lea_cds_code, coalesce(r.site_code, ''), coalesce(r.group_code, ''), count(*)"
				+ " from survey_response r where " + where + " group by r.lea_cds_code, coalesce(r.site_code, ''),"
				+ " coalesce(r.group_code, '') order by 1, 2, 3", rs -> {
					combos.put(new Respondent(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
				}, args);
		var leaCounts = new LinkedHashMap<String, Long>();
		combos.forEach((r, n) -> leaCounts.merge(r.lea(), n, Long::sum));
		var hiddenLeas = Suppression.hidden(leaCounts, Set.of(), minimum);
		var plan = plans.of(administrationId);
		// Combinations per shown LEA ("" pools the hidden LEAs).
		var perLea = new HashMap<String, Map<Respondent, Long>>();
		combos.forEach((r, n) -> perLea
			.computeIfAbsent(hiddenLeas.contains(r.lea()) ? "" : r.lea(), k -> new LinkedHashMap<>())
			.merge(new Respondent("", r.site(), r.group()), n, Long::sum));
		var hiddenCombos = new HashMap<String, Set<Respondent>>();
		perLea.forEach((key, counts) -> hiddenCombos.put(key, Suppression.hidden(counts, Set.of(), minimum)));

		// Choices of other single-choice items given by too few in the (shown) LEA.
		var choiceCounts = new HashMap<String, Map<String, Long>>();
		jdbc.query("select r.lea_cds_code, a.item_code, a.choice_code, count(*) from survey_response r"
				+ " join survey_answer a on a.response_id = r.id where " + where
				+ " and a.choice_code is not null group by r.lea_cds_code, a.item_code, a.choice_code", rs -> {
					var key = (hiddenLeas.contains(rs.getString(1)) ? "" : rs.getString(1)) + "\n" + rs.getString(2);
					choiceCounts.computeIfAbsent(key, k -> new LinkedHashMap<>())
						.merge(rs.getString(3), rs.getLong(4), Long::sum);
				}, args);
		var hiddenChoices = new HashSet<String>();
		choiceCounts.forEach((key, counts) -> Suppression.hidden(counts, Set.of(), minimum)
			.forEach(choice -> hiddenChoices.add(key + "\n" + choice)));

		var header = new ArrayList<String>(List.of(LEA, SITE));
		var columns = new HashMap<String, Integer>();
		for (var item : items) {
			columns.put(item.code(), header.size());
			header.add(item.code());
		}
		var rows = new ArrayList<List<String>>();
		rows.add(header);
		var factor = 1 + RANDOM.nextLong(PRIME - 1);
		var current = new long[] { -1 };
		var row = new String[header.size()];
		var shown = new boolean[1];
		var shownLea = new String[1];
		jdbc.query("select r.id, r.lea_cds_code, coalesce(r.site_code, ''), coalesce(r.group_code, ''),"
				+ " a.item_code, a.answer_value, a.choice_code, a.text_answer from survey_response r"
				+ " left join survey_answer a on a.response_id = r.id where " + where + " order by mod(r.id * " + factor
				+ ", " + PRIME + "), r.id", rs -> {
					var id = rs.getLong(1);
					if (id != current[0]) {
						if (current[0] != -1) {
							rows.add(List.of(row.clone()));
						}
						current[0] = id;
						java.util.Arrays.fill(row, "");
						var leaHidden = hiddenLeas.contains(rs.getString(2));
						shownLea[0] = leaHidden ? "" : rs.getString(2);
						var combo = new Respondent("", rs.getString(3), rs.getString(4));
						shown[0] = !leaHidden && !hiddenCombos.get(shownLea[0]).contains(combo);
						row[0] = shownLea[0];
						row[1] = shown[0] ? combo.site() : "";
					}
					var code = rs.getString(5);
					var column = code == null ? null : columns.get(code);
					if (column == null) {
						return;
					}
					if (!shownLea[0].isEmpty() && plan.hides(shownLea[0], code)) {
						return;
					}
					var text = rs.getString(8);
					var choice = rs.getString(7);
					if (text != null) {
						row[column] = shown[0] ? text : "";
					}
					else if (choice != null) {
						var hidden = code.equals(groupCode) ? !shown[0]
								: hiddenChoices.contains(shownLea[0] + "\n" + code + "\n" + choice);
						row[column] = hidden ? "" : choice;
					}
					else if (rs.getObject(6) != null) {
						row[column] = String.valueOf(rs.getInt(6));
					}
				}, args);
		if (current[0] != -1) {
			rows.add(List.of(row.clone()));
		}
		return Spreadsheets.csvWithBom(rows);
	}

}
