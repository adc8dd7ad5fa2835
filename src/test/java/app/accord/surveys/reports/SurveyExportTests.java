package app.accord.surveys.reports;

import java.time.LocalDate;
import app.accord.surveys.SurveyTestData;
import app.accord.surveys.instruments.Item;
import app.accord.surveys.instruments.ItemKind;
import app.accord.surveys.responding.Responses;
import app.accord.surveys.responding.Submission;
import java.time.Clock;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.accord.shared.Csv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The PDF prints the report the page shows (hidden figures stay hidden, comments print as
 * typed, any script survives); the response-level CSV holds answers by item code and no
 * identifier of a small group; the state sits beside each item; trends are drawn.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	SurveyReports reports;

	@Autowired
	Comparisons comparisons;

	@Autowired
	Responses responses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void thePdfHasACoverWithTheClearestImpactAndEveryItemWithHiddenGroupsStillHidden() throws Exception {
		var lea = data.leaAt(610);
		var id = data.openAdministration(Map.of(lea, 50));
		for (var i = 0; i < 12; i++) {
			var comment = switch (i) {
				case 0 -> "<script>alert(1)</script> Ελλάδα 日本 😀 line\nbreak";
				case 1 -> "Thanks to Nguyễn Thị Ánh, Łukasz Żółć, Γιώργος and Дмитрий";
				default -> "certificated comment " + i;
			};
			data.respond(id, lea, "CERTIFICATED", i < 9 ? 4 : 2, comment);
		}
		for (var i = 0; i < 7; i++) {
			data.respond(id, lea, "CLASSIFIED", 5, null);
		}
		data.respond(id, lea, "ADMINISTRATOR", 1, "the only administrator's comment");
		data.respond(id, lea, "ADMINISTRATOR", 1, null);

		var pdf = mvc
			.perform(get("/surveys/administrations/{id}/report.pdf", id).param("lea", lea)
				.param("group", "role")
				.with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("survey-" + id + "-" + lea + ".pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var text = text(pdf);
		var cover = text.substring(0, text.indexOf("Strongly disagree"));
		assertThat(cover).contains("Anonymous staff survey report", "N = 21 of 50 staff · Response rate 42%",
				"Areas of clear impact", "My team routinely engages in collaborative problem solving",
				"agree or strongly agree · N = 21");
		// 9 certificated agree, 7 classified strongly agree, 5 disagree: 16 of 21.
		assertThat(cover).contains("76%");
		// Vietnamese, Polish, Greek and Cyrillic print as typed; what the font cannot
		// draw (Chinese, emoji) prints as "?".
		assertThat(text).contains("<script>alert(1)</script> Ελλάδα ?? ? line", "certificated comment 3",
				"Thanks to Nguyễn Thị Ánh, Łukasz Żółć, Γιώργος and Дмитрий");
		assertThat(text).doesNotContain("only administrator");
		// Administrators (2) are hidden, and classified (7) with them so no subtraction
		// reveals the administrators: neither shows a figure, in any table.
		var groupLines = text.lines()
			.filter(line -> line.startsWith("Classified") || line.startsWith("Administrator"))
			.toList();
		assertThat(groupLines).isNotEmpty().allSatisfy(line -> {
			assertThat(line).contains("hidden");
			assertThat(line).doesNotContainPattern("\\b(7|2|100%|0%)\\b");
		});
		assertThat(text.lines().filter(line -> line.startsWith("Certificated")))
			.anySatisfy(line -> assertThat(line).startsWith("Certificated 12 75%"));
	}

	@Test
	void thePdfOfTooFewResponsesShowsNoFiguresAndAHeadcountBelowTheResponsesIsAWarning() throws Exception {
		var lea = data.leaAt(611);
		var few = data.openAdministration(Map.of(lea, 50));
		for (var i = 0; i < 3; i++) {
			data.respond(few, lea, "CERTIFICATED", 4, "a comment nobody may read");
		}
		var text = text(pdf(few, lea));
		assertThat(text).contains("Fewer than 5 responses so far: no figures are shown.")
			.doesNotContain("Areas of clear impact", "a comment nobody may read");

		var over = data.openAdministration(Map.of(lea, 10));
		for (var i = 0; i < 15; i++) {
			data.respond(over, lea, "CERTIFICATED", 4, null);
		}
		text = text(pdf(over, lea));
		assertThat(text).contains("N = 15 of 10 staff", "Data warning: more responses than the staff head-count")
			.doesNotContain("150%", "Response rate");
	}

	@Test
	void thePdfFollowsTheSamePermissionsAsThePage() throws Exception {
		var lea = data.leaAt(612);
		var id = data.openAdministration(Map.of(lea, 50));
		mvc.perform(get("/surveys/administrations/{id}/report.pdf", id).param("lea", lea)
			.with(user(data.person("Not A Colead")))).andExpect(status().isForbidden());
		mvc.perform(get("/surveys/administrations/{id}/report.pdf", id).param("lea", lea))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theResponseCsvHasOneRowPerResponseByItemCodeWithoutIdentifiersOfSmallGroups() throws Exception {
		var lea = data.leaAt(613);
		var id = data.administrationWithSites(lea, 60, List.of("North", "South"));
		var token = data.link(id, lea);
		for (var i = 0; i < 6; i++) {
			submit(token, "S1", "CERTIFICATED", i == 0 ? "=HYPERLINK(\"http://x\") <b>bold</b>" : null,
					i < 5 ? "OVER_10" : "UP_TO_2");
		}
		for (var i = 0; i < 5; i++) {
			submit(token, "S1", "CLASSIFIED", null, "OVER_10");
		}
		submit(token, "S2", "ADMINISTRATOR", "secret administrator comment", "OVER_10");
		submit(token, "S2", "CERTIFICATED", "south certificated comment", "OVER_10");
		submit(token, "S2", "CERTIFICATED", null, "OVER_10");

		var body = mvc.perform(get("/staff/surveys/administrations/{id}/responses.csv", id).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", containsString("survey-" + id + "-responses.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		var rows = Csv.parse(body.substring(1));
		var header = rows.get(0);
		assertThat(header).containsExactly("lea", "site", "ROLE_GROUP", "YEARS_IN_DISTRICT", "LMC_PROBLEM_SOLVING",
				"LMC_INPUT_VOICE", "LMC_PROFESSIONALIZE", "LMC_EXPRESS_OPINIONS", "LMC_SHAPE_PRIORITIES",
				"LMC_COMMENTS");
		var records = rows.subList(1, rows.size()).stream().map(row -> {
			var record = new HashMap<String, String>();
			for (var i = 0; i < header.size(); i++) {
				record.put(header.get(i), i < row.size() ? row.get(i) : "");
			}
			return record;
		}).toList();
		assertThat(records).hasSize(14).allSatisfy(r -> {
			assertThat(r.get("lea")).isEqualTo(lea);
			assertThat(r.get("LMC_INPUT_VOICE")).isEqualTo("4");
		});
		// The south's administrator (1) and certificated (2) are not shown: no site, no
		// group, no comment on their rows. Three blank rows would be the south's, so the
		// next smallest combination (the north's 5 classified) is left blank too.
		assertThat(records).filteredOn(r -> r.get("site").equals("S1")).hasSize(6);
		assertThat(records).filteredOn(r -> r.get("site").isEmpty()).hasSize(8).allSatisfy(r -> {
			assertThat(r.get("ROLE_GROUP")).isEmpty();
			assertThat(r.get("LMC_COMMENTS")).isEmpty();
		});
		assertThat(body).doesNotContain("ADMINISTRATOR", "secret administrator", "south certificated", "S2");
		// One person said "2 years or less": that answer is left out, and so is the only
		// other one given, else the blank cell would be theirs.
		assertThat(body).doesNotContain("UP_TO_2", "OVER_10");
		// A formula is neutralised; markup stays plain text.
		assertThat(records).extracting(r -> r.get("LMC_COMMENTS")).contains("'=HYPERLINK(\"http://x\") <b>bold</b>");
		assertThat(body).doesNotContain(token);
	}

	@Test
	void aSmallLeaOfAnAdministrationIsNotNamedInTheResponseCsv() throws Exception {
		var big = data.leaAt(614);
		var small = data.leaAt(615);
		var other = data.leaAt(616);
		var id = data.openAdministration(Map.of(big, 60, small, 60, other, 60));
		for (var i = 0; i < 8; i++) {
			data.respond(id, big, "CERTIFICATED", 4, null);
		}
		for (var i = 0; i < 6; i++) {
			data.respond(id, other, "CERTIFICATED", 4, null);
		}
		data.respond(id, small, "CERTIFICATED", 2, "small lea comment");
		var body = mvc.perform(get("/staff/surveys/administrations/{id}/responses.csv", id).with(user(data.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var rows = Csv.parse(body.substring(1));
		assertThat(rows).hasSize(16);
		assertThat(body).doesNotContain(small, other, "small lea comment").contains(big);
		assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(0).isEmpty()).hasSize(7);
	}

	@Test
	void theResponseCsvIsForStaffOnly() throws Exception {
		var lea = data.leaAt(617);
		var id = data.openAdministration(Map.of(lea, 50));
		mvc.perform(
				get("/staff/surveys/administrations/{id}/responses.csv", id).with(user(data.person("Someone Else"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/surveys/administrations/{id}/responses.csv", id))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff/surveys/administrations/{id}/responses.csv", 999_999_999L).with(user(data.staff())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/surveys/administrations/{id}/responses.csv", id).param("lea", "00000000000000")
			.with(user(data.staff()))).andExpect(status().isNotFound());
	}

	@Test
	void theReportPageLinksThePdfAndForStaffTheResponseCsvAndShowsTheState() throws Exception {
		var lea = data.leaAt(618);
		var elsewhere = data.leaAt(619);
		var id = data.openAdministration(Map.of(lea, 50));
		var otherId = data.openAdministration(Map.of(elsewhere, 50));
		for (var i = 0; i < 10; i++) {
			data.respond(otherId, elsewhere, "CLASSIFIED", 2, null);
		}
		for (var i = 0; i < 6; i++) {
			data.respond(id, lea, "CERTIFICATED", 4, null);
		}
		mvc.perform(get("/surveys/administrations/{id}/report", id).param("lea", lea).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/surveys/administrations/" + id + "/report.pdf?lea=" + lea)))
			.andExpect(content().string(containsString("/staff/surveys/administrations/" + id + "/responses.csv")))
			.andExpect(content().string(containsString("State (all LEAs, all administrations)")));
		var report = SurveyTestData.asStaff(() -> reports.administration(id, lea, Breakdown.NONE, Locale.ENGLISH));
		var state = SurveyTestData.asStaff(() -> comparisons.of(id, lea, report, Locale.ENGLISH)).get(0);
		var statewide = SurveyTestData.asStaff(() -> reports.statewide(null, Breakdown.NONE, Locale.ENGLISH));
		var expected = statewide.items()
			.stream()
			.filter(i -> i.code().equals("LMC_INPUT_VOICE"))
			.findFirst()
			.orElseThrow()
			.total();
		assertThat(state.scope()).isEqualTo(Comparison.Scope.STATE);
		assertThat(state.item("LMC_INPUT_VOICE").n()).isEqualTo(expected.n()).isGreaterThanOrEqualTo(16);
		assertThat(state.item("LMC_INPUT_VOICE").agreePercent()).isEqualTo(expected.agreePercent());
		assertThat(state.item("LMC_COMMENTS")).isNull();
	}

	@Test
	void aComparisonIsLeftOutWhenSubtractingTheReportWouldRevealASmallRest() {
		var own = report(20, cell(20, 80));
		assertThat(Comparisons.compare(Comparison.Scope.STATE, report(23, cell(23, 70)), own)).isNull();
		var comparison = Comparisons.compare(Comparison.Scope.STATE, report(40, cell(40, 70)), own);
		assertThat(comparison.item("ITEM").agreePercent()).isEqualTo(70);
		// Enough responses in all, but this item's rest is too small.
		assertThat(Comparisons.compare(Comparison.Scope.STATE, report(40, cell(22, 70)), own).item("ITEM")).isNull();
	}

	@Test
	void theTrendIsDrawnAsLinesThatBreakWhereTooFewAnswered() throws Exception {
		var trend = new Report.Trend(
				List.of(new Report.TrendColumn(1, "Spring", LocalDate.now(clock).minusYears(2)),
						new Report.TrendColumn(2, "Fall", LocalDate.now(clock).minusYears(1)),
						new Report.TrendColumn(3, "Now", LocalDate.now(clock))),
				List.of(new Report.TrendRow("A", "Item A", java.util.Arrays.asList(40, 50, 100)),
						new Report.TrendRow("B", "Item B", java.util.Arrays.asList(40, null, 70))));
		var chart = TrendChart.of(trend);
		var a = chart.series().get(0);
		assertThat(a.lines()).containsExactly("40.0,124.8 330.0,106.0 620.0,12.0");
		assertThat(a.points()).extracting(TrendChart.Point::percent).containsExactly(40, 50, 100);
		var b = chart.series().get(1);
		assertThat(b.lines()).isEmpty();
		assertThat(b.points()).hasSize(2);
		assertThat(b.dash()).isNotEqualTo(a.dash());
		assertThat(chart.labels()).extracting(TrendChart.Label::anchor).containsExactly("start", "middle", "end");

		var lea = data.leaAt(620);
		var earlier = data.administration(Map.of(lea, 20), LocalDate.now(clock).minusDays(30),
				LocalDate.now(clock).plusDays(5));
		var later = data.openAdministration(Map.of(lea, 20));
		var middle = data.administration(Map.of(lea, 20), LocalDate.now(clock).minusDays(20),
				LocalDate.now(clock).plusDays(5));
		for (var i = 0; i < 6; i++) {
			data.respond(middle, lea, "CERTIFICATED", i < 4 ? 4 : 2, null);
		}
		for (var i = 0; i < 6; i++) {
			data.respond(earlier, lea, "CERTIFICATED", 2, null);
			data.respond(later, lea, "CERTIFICATED", 4, null);
		}
		mvc.perform(get("/surveys/administrations/{id}/report", later).param("lea", lea).with(user(data.staff())))
			.andExpect(content().string(containsString("aria-labelledby=\"trend-title trend-desc\"")))
			.andExpect(content().string(containsString("<title id=\"trend-title\">Share agreeing over time</title>")))
			.andExpect(content().string(containsString("<polyline")));
		mvc.perform(get("/surveys/administrations/{id}/report", later).with(user(data.staff())))
			.andExpect(content().string(not(containsString("<polyline"))));
		try (var document = Loader.loadPDF(pdf(later, lea))) {
			assertThat(new PDFTextStripper().getText(document))
				.contains("Share agreeing, administration by administration", "0% 67% 100%");
		}
	}

	private byte[] pdf(long id, String lea) throws Exception {
		return mvc
			.perform(get("/surveys/administrations/{id}/report.pdf", id).param("lea", lea).with(user(data.staff())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private void submit(String token, String site, String role, String comment, String years) {
		var answers = new HashMap<String, String>();
		for (var code : List.of("LMC_PROBLEM_SOLVING", "LMC_INPUT_VOICE", "LMC_PROFESSIONALIZE", "LMC_EXPRESS_OPINIONS",
				"LMC_SHAPE_PRIORITIES")) {
			answers.put(code, "4");
		}
		answers.put("ROLE_GROUP", role);
		answers.put("YEARS_IN_DISTRICT", years);
		if (comment != null) {
			answers.put("LMC_COMMENTS", comment);
		}
		responses.submit(new Submission(token, answers, site, null));
	}

	private static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static Report.Cell cell(long n, int agree) {
		return new Report.Cell("", null, n, agree, List.of(0L, 0L, 0L, 0L, n), List.of(0, 0, 0, 0, 100), 0L, false);
	}

	private static Report report(long responses, Report.Cell cell) {
		return new Report("R", null, null, responses, 100, null, false, false, 5, Breakdown.NONE, List.of(),
				List.of(new Report.ItemResult("ITEM", "Item", ItemKind.LIKERT, 5, false, cell, List.of(), List.of(),
						List.of())),
				Report.Trend.NONE);
	}

}
