package app.accord.surveys.reports;

import app.accord.surveys.SurveyTestData;
import app.accord.surveys.administrations.SurveyApiTests;
import java.time.Clock;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.accord.shared.Spreadsheets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports count N, the share agreeing (don't know left out) and the distribution; hide
 * groups under the reporting minimum and, while the hidden ones add up to fewer than it,
 * the next smallest; keep comments of hidden groups out; never show a rate over 100%.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	SurveyReports reports;

	@Autowired
	Clock clock;

	@Test
	void agreeShareCountsAgreeAndStronglyAgreeAndLeavesDontKnowOut() {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		for (var value : List.of(5, 5, 4, 3, 2, 1, 0, 0)) {
			data.respond(id, lea, "CERTIFICATED", value, null);
		}
		var report = report(id, lea, Breakdown.NONE);
		assertThat(report.responses()).isEqualTo(8);
		assertThat(report.responseRatePercent()).isEqualTo(20);
		var item = item(report, "LMC_PROBLEM_SOLVING");
		assertThat(item.total().n()).isEqualTo(8);
		assertThat(item.total().notApplicable()).isEqualTo(2);
		assertThat(item.total().distribution()).containsExactly(1L, 1L, 1L, 1L, 2L);
		// 3 agreeing of 6 who rated: 50%.
		assertThat(item.total().agreePercent()).isEqualTo(50);
		var roles = report.items()
			.stream()
			.filter(i -> i.code().equals("ROLE_GROUP"))
			.findFirst()
			.orElseThrow()
			.choices();
		// Only one role group answered: the two empty ones are hidden, not shown as 0.
		assertThat(roles).filteredOn(c -> c.code().equals("CERTIFICATED"))
			.extracting(Report.ChoiceCount::count)
			.containsExactly(8L);
	}

	@Test
	void aSmallRoleGroupIsHiddenAndSoIsTheNextSmallestSoNoSubtractionRevealsIt() {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 100));
		respond(id, lea, "CERTIFICATED", 12, 5);
		respond(id, lea, "CLASSIFIED", 7, 4);
		respond(id, lea, "ADMINISTRATOR", 2, 1);
		var report = report(id, lea, Breakdown.ROLE);
		var groups = new LinkedHashMap<String, Report.Group>();
		report.groups().forEach(g -> groups.put(g.key(), g));
		assertThat(groups.get("CERTIFICATED").n()).isEqualTo(12);
		assertThat(groups.get("ADMINISTRATOR").suppressed()).isTrue();
		assertThat(groups.get("ADMINISTRATOR").n()).isNull();
		// Complementary: classified (7, above the minimum) is hidden too.
		assertThat(groups.get("CLASSIFIED").suppressed()).isTrue();
		assertThat(groups.get("CLASSIFIED").n()).isNull();
		var item = item(report, "LMC_INPUT_VOICE");
		assertThat(item.total().n()).isEqualTo(21);
		assertThat(item.groups()).filteredOn(Report.Cell::suppressed)
			.extracting(Report.Cell::key)
			.containsExactlyInAnyOrder("CLASSIFIED", "ADMINISTRATOR");
		assertThat(item.groups()).filteredOn(Report.Cell::suppressed)
			.allSatisfy(cell -> assertThat(cell.distribution()).isEmpty());
		assertThat(item.groups()).filteredOn(c -> c.key().equals("CERTIFICATED"))
			.extracting(Report.Cell::agreePercent)
			.containsExactly(42);
	}

	@Test
	void groupsAllAboveTheMinimumAreShown() {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 100));
		respond(id, lea, "CERTIFICATED", 6, 5);
		respond(id, lea, "CLASSIFIED", 5, 2);
		respond(id, lea, "ADMINISTRATOR", 5, 4);
		var report = report(id, lea, Breakdown.ROLE);
		assertThat(report.groups()).noneMatch(Report.Group::suppressed);
		assertThat(item(report, "LMC_PROBLEM_SOLVING").groups()).extracting(Report.Cell::agreePercent)
			.containsExactlyInAnyOrder(83, 40, 80);
	}

	@Test
	void sitesUnderTheMinimumAreHiddenWithTheirComplement() {
		var lea = data.anyLeas(1).get(0);
		var id = data.administrationWithSites(lea, 60, List.of("North", "South", "East"));
		for (var i = 0; i < 9; i++) {
			data.respond(id, lea, "CERTIFICATED", 4, null, "S1");
		}
		for (var i = 0; i < 6; i++) {
			data.respond(id, lea, "CERTIFICATED", 4, null, "S2");
		}
		for (var i = 0; i < 3; i++) {
			data.respond(id, lea, "CERTIFICATED", 2, null, "S3");
		}
		var report = report(id, lea, Breakdown.SITE);
		assertThat(report.groups()).filteredOn(Report.Group::suppressed)
			.extracting(Report.Group::label)
			.containsExactlyInAnyOrder("South", "East");
	}

	@Test
	void commentsOfAHiddenGroupAreLeftOutAndOthersAreEscapedOnThePage() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 100));
		for (var i = 0; i < 8; i++) {
			data.respond(id, lea, "CERTIFICATED", 4, "<script>alert(" + i + ")</script> more time");
		}
		for (var i = 0; i < 6; i++) {
			data.respond(id, lea, "CLASSIFIED", 4, "classified comment " + i);
		}
		data.respond(id, lea, "ADMINISTRATOR", 2, "the only administrator's comment");
		var report = report(id, lea, Breakdown.NONE);
		var comments = item(report, "LMC_COMMENTS").comments();
		assertThat(comments).hasSize(8).noneMatch(c -> c.contains("administrator") || c.contains("classified"));
		mvc.perform(get("/surveys/administrations/{id}/report", id).param("lea", lea).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; more time")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("only administrator"))));
	}

	@Test
	void fewerResponsesThanTheMinimumShowNoFigures() {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 100));
		for (var i = 0; i < 4; i++) {
			data.respond(id, lea, "CERTIFICATED", 5, "hello");
		}
		var report = report(id, lea, Breakdown.NONE);
		assertThat(report.suppressed()).isTrue();
		assertThat(report.items()).isEmpty();
		assertThat(report.responses()).isEqualTo(4);
	}

	@Test
	void moreResponsesThanTheHeadcountGiveADataWarningInsteadOfARateOver100() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 4));
		for (var i = 0; i < 6; i++) {
			data.respond(id, lea, "CERTIFICATED", 5, null);
		}
		var report = report(id, lea, Breakdown.NONE);
		assertThat(report.headcountWarning()).isTrue();
		assertThat(report.responseRatePercent()).isNull();
		mvc.perform(get("/surveys/administrations/{id}/report", id).param("lea", lea).with(user(data.staff())))
			.andExpect(content().string(containsString("Data warning: more responses than the staff head-count")))
			.andExpect(content().string(not(containsString("150%"))));
	}

	@Test
	void theReportPageDrawsADivergingBarAndTheCsvHoldsTheAggregatesWithoutFormulas() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 50));
		respond(id, lea, "CERTIFICATED", 10, 5);
		respond(id, lea, "CLASSIFIED", 3, 2);
		mvc.perform(get("/surveys/administrations/{id}/report", id).param("group", "role").with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg class=\"diverging\"")))
			.andExpect(content().string(containsString("N = 13 of 50 staff")))
			.andExpect(content().string(containsString("Hidden to protect anonymity")));
		mvc.perform(get("/surveys/administrations/{id}/report.csv", id).param("group", "role").with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("survey-" + id + ".csv")))
			.andExpect(content().string(containsString(
					"LMC_PROBLEM_SOLVING,My team routinely engages in collaborative problem solving,Everyone,13,")))
			.andExpect(content().string(containsString(
					"LMC_PROBLEM_SOLVING,My team routinely engages in collaborative problem solving,Classified,,,,,,,,,Yes")));
	}

	@Test
	void sitesAreComparedWithinOneLeaOnly() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.administrationWithSites(lea, 60, List.of("North", "South"));
		mvc.perform(get("/surveys/administrations/{id}/report", id).param("group", "site").with(user(data.staff())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Sites belong to one LEA")));
		mvc.perform(get("/api/v1/surveys/administrations/{id}/report", id).param("group", "site")
			.header("Authorization", SurveyApiTests.TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
				.value("group"));
	}

	@Test
	void statewideResultsAddUpEveryAdministrationItemByItem() throws Exception {
		var lea = data.leaAt(500);
		var first = data.openAdministration(Map.of(lea, 20));
		var second = data.openAdministration(Map.of(lea, 20));
		respond(first, lea, "CERTIFICATED", 5, 5);
		respond(second, lea, "CLASSIFIED", 5, 0);
		var report = SurveyTestData.asStaff(() -> reports.statewide(lea, Breakdown.NONE, Locale.ENGLISH));
		assertThat(report.responses()).isEqualTo(10);
		assertThat(report.headcount()).isEqualTo(40);
		assertThat(item(report, "LMC_SHAPE_PRIORITIES").total().agreePercent()).isEqualTo(50);
		mvc.perform(get("/staff/surveys/statewide").param("lea", lea).param("group", "role").with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Statewide results, all administrations")))
			.andExpect(content().string(containsString("N = 10 of 40 staff")));
	}

	@Test
	void theTrendShowsTheShareAgreeingInEachAdministrationOfTheSameItems() throws Exception {
		var lea = data.leaAt(501);
		var earlier = data.administration(Map.of(lea, 20), clockToday().minusDays(30), clockToday().plusDays(5));
		var later = data.openAdministration(Map.of(lea, 20));
		respond(earlier, lea, "CERTIFICATED", 10, 4);
		respond(later, lea, "CERTIFICATED", 10, 7);
		var report = report(later, lea, Breakdown.NONE);
		assertThat(report.trend().administrations()).extracting(Report.TrendColumn::id).containsExactly(earlier, later);
		assertThat(report.trend().items()).filteredOn(row -> row.code().equals("LMC_INPUT_VOICE"))
			.extracting(Report.TrendRow::agreePercents)
			.containsExactly(List.of(40, 70));
		mvc.perform(get("/surveys/administrations/{id}/report", later).param("lea", lea).with(user(data.staff())))
			.andExpect(content().string(containsString("Share agreeing, administration by administration")));
	}

	private java.time.LocalDate clockToday() {
		return LocalDate.now(clock);
	}

	@Test
	void csvCellsThatLookLikeFormulasAreNeutralised() {
		assertThat(Spreadsheets.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(Spreadsheets.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Spreadsheets.neutralise("plain")).isEqualTo("plain");
	}

	/**
	 * {@code count} respondents of the group, the first {@code agreeing} agreeing (4),
	 * the rest disagreeing (2).
	 */
	private void respond(long id, String lea, String role, int count, int agreeing) {
		for (var i = 0; i < count; i++) {
			data.respond(id, lea, role, i < agreeing ? 4 : 2, null);
		}
	}

	private Report report(long id, String lea, Breakdown breakdown) {
		return SurveyTestData.asStaff(() -> reports.administration(id, lea, breakdown, Locale.ENGLISH));
	}

	private static Report.ItemResult item(Report report, String code) {
		return report.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

}
