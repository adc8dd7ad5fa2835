package app.accord.surveys.answers;

import app.accord.surveys.SurveyTestData;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.reports.SurveyReports;
import app.accord.surveys.responding.Responses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts reports read are exactly what a recount of the stored answers gives, also
 * after many submissions to one LEA at the same time, and hold nothing finer than the
 * answers themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
public class SurveyCountsTests {

	@Autowired
	SurveyTestData data;

	@Autowired
	Responses responses;

	@Autowired
	SurveyReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentSubmissionsToOneLeaAreCountedExactly() throws Exception {
		var leas = data.anyLeas(2);
		var id = data.openAdministration(Map.of(leas.get(0), 5000, leas.get(1), 5000));
		var roles = new String[] { "CERTIFICATED", "CLASSIFIED", "ADMINISTRATOR" };
		var stateBefore = counts(jdbc, "survey_count_state", "");
		var threads = 8;
		var each = 40;
		var pool = Executors.newFixedThreadPool(threads);
		var tasks = new ArrayList<Callable<Void>>();
		for (var t = 0; t < threads; t++) {
			var thread = t;
			tasks.add(() -> {
				for (var i = 0; i < each; i++) {
					var n = thread * each + i;
					// Most to one LEA, so its count rows are contended.
					var lea = n % 10 == 0 ? leas.get(1) : leas.get(0);
					data.respond(id, lea, roles[n % roles.length], 1 + n % 5, n % 7 == 0 ? "comment " + n : null);
				}
				return null;
			});
		}
		for (var future : pool.invokeAll(tasks)) {
			future.get();
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertCountsMatchAnswers(jdbc, id);
		// All administrations together grew by exactly this administration's counts.
		var added = new HashMap<String, Long>();
		counts(jdbc, "survey_count_state", "").forEach((key, n) -> {
			if (n - stateBefore.getOrDefault(key, 0L) != 0) {
				added.put(key, n - stateBefore.getOrDefault(key, 0L));
			}
		});
		assertThat(added).isNotEmpty().isEqualTo(counts(jdbc, "survey_count", "where administration_id = " + id));
		var report = SurveyTestData.asStaff(() -> reports.administration(id, null, Breakdown.ROLE, Locale.ENGLISH));
		assertThat(report.responses()).isEqualTo(threads * each);
		var problemSolving = report.items()
			.stream()
			.filter(item -> item.code().equals("LMC_PROBLEM_SOLVING"))
			.findFirst()
			.orElseThrow();
		assertThat(problemSolving.total().distribution()).containsExactly(64L, 64L, 64L, 64L, 64L);
	}

	@Test
	void countsHoldNoTimeAndNoIdentifier() {
		var columns = jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = 'survey_count'",
				String.class);
		assertThat(columns).containsExactlyInAnyOrder("administration_id", "lea_cds_code", "item_code", "group_code",
				"site_code", "answer", "slot", "n");
		assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'survey_count_state'", String.class))
			.containsExactlyInAnyOrder("lea_cds_code", "item_code", "group_code", "site_code", "answer", "slot", "n");
	}

	/**
	 * Compares every count of the administration with a recount of its responses and
	 * answers: per LEA (with group and site) and for all its LEAs together.
	 */
	public static void assertCountsMatchAnswers(JdbcTemplate jdbc, long id) {
		var expected = new HashMap<String, Long>();
		jdbc.query("""
				select lea_cds_code, coalesce(group_code, ''), coalesce(site_code, ''), count(*)
				from survey_response where administration_id = ?
				group by lea_cds_code, coalesce(group_code, ''), coalesce(site_code, '')""", rs -> {
			var lea = rs.getString(1);
			var rest = "|" + rs.getString(2) + "|" + rs.getString(3) + "|";
			expected.merge(lea + "||" + rest.substring(1), rs.getLong(4), Long::sum);
			expected.merge("||" + rest.substring(1), rs.getLong(4), Long::sum);
		}, id);
		jdbc.query("""
				select lea_cds_code, item_code, coalesce(group_code, ''), coalesce(site_code, ''),
				  coalesce(choice_code, cast(answer_value as varchar(40)), ''), count(*)
				from survey_answer where administration_id = ?
				group by lea_cds_code, item_code, coalesce(group_code, ''), coalesce(site_code, ''),
				  coalesce(choice_code, cast(answer_value as varchar(40)), '')""", rs -> {
			var item = rs.getString(2);
			expected.merge(rs.getString(1) + "|" + item + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
					+ rs.getString(5), rs.getLong(6), Long::sum);
			expected.merge("|" + item + "|" + rs.getString(3) + "||" + rs.getString(5), rs.getLong(6), Long::sum);
		}, id);
		assertThat(counts(jdbc, "survey_count", "where administration_id = " + id)).isNotEmpty().isEqualTo(expected);
	}

	/**
	 * A counts table's figures (slots added up), by LEA, item, group, site and answer.
	 */
	static Map<String, Long> counts(JdbcTemplate jdbc, String table, String where) {
		var counts = new HashMap<String, Long>();
		jdbc.query("select lea_cds_code, item_code, group_code, site_code, answer, sum(n) from " + table + " " + where
				+ " group by lea_cds_code, item_code, group_code, site_code, answer", rs -> {
					counts.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
							+ "|" + rs.getString(5), rs.getLong(6));
				});
		return counts;
	}

}
