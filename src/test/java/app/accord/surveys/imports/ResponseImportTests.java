package app.accord.surveys.imports;

import app.accord.surveys.SurveyTestData;
import app.accord.surveys.answers.SurveyCountsTests;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.reports.SurveyReports;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Responses collected elsewhere come in from CSV whole, or not at all with each bad row
 * named; the import runs in the background and the page follows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResponseImportTests {

	static final String HEADER = "lea,ROLE_GROUP,LMC_PROBLEM_SOLVING,LMC_INPUT_VOICE,LMC_PROFESSIONALIZE,"
			+ "LMC_EXPRESS_OPINIONS,LMC_SHAPE_PRIORITIES,LMC_COMMENTS\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SurveyReports reports;

	@Test
	void aValidFileIsImportedAndCountsInTheReport() throws Exception {
		var leas = data.anyLeas(2);
		var id = data.openAdministration(Map.of(leas.get(0), 30, leas.get(1), 30));
		var csv = HEADER + leas.get(0) + ",CERTIFICATED,5,4,4,NA,3,\"Quoted, with a comma\nand a line\"\r\n"
				+ leas.get(1) + ",CLASSIFIED,2,2,2,2,2,\n" + leas.get(0) + ",ADMINISTRATOR,4,4,4,4,4,=HYPERLINK(1)\n";
		var summary = importFile(id, csv);
		assertThat(summary).contains("3 responses imported").doesNotContain("hx-trigger");
		assertThat(count(id)).isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"select text_answer from survey_answer where administration_id = ? and text_answer like 'Quoted%'",
				String.class, id))
			.isEqualTo("Quoted, with a comma\nand a line");
	}

	@Test
	void aFileWithBadRowsImportsNothingAndNamesEachRow() throws Exception {
		var leas = data.anyLeas(2);
		var id = data.openAdministration(Map.of(leas.get(0), 30, leas.get(1), 30));
		var csv = HEADER + leas.get(0) + ",CERTIFICATED,5,4,4,4,3,\n" + leas.get(0) + ",CERTIFICATED,9,4,4,4,3,\n"
				+ "00000000000000,CLASSIFIED,2,2,2,2,2,\n" + leas.get(1) + ",JANITOR,2,2,2,2,2,\n";
		assertThat(importFile(id, csv)).contains("3 rows cannot be imported; nothing was imported.")
			.contains("LEA 00000000000000 is not part of this survey.")
			.contains("<td>LMC_PROBLEM_SOLVING</td>")
			.contains("<td>JANITOR</td>");
		assertThat(count(id)).isZero();
		assertThat(
				jdbc.queryForObject("select count(*) from survey_count where administration_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anUnknownColumnIsRefusedBeforeAnyRow() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 30));
		assertThat(importFile(id, "ROLE_GROUP,NOT_AN_ITEM\nCLASSIFIED,3\n"))
			.contains("Column NOT_AN_ITEM is not an item of this survey");
		var longName = "X".repeat(5000);
		assertThat(importFile(id, "ROLE_GROUP," + longName + "\nCLASSIFIED,3\n"))
			.contains("Column " + "X".repeat(199) + "… is not an item of this survey");
		assertThat(count(id)).isZero();
	}

	@Test
	void importedResponsesAreCountedInTheReportExactlyLikeSubmittedOnes() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 3000));
		for (var i = 0; i < 6; i++) {
			data.respond(id, lea, "CLASSIFIED", 4, null);
		}
		var csv = new StringBuilder("ROLE_GROUP,LMC_PROBLEM_SOLVING,LMC_INPUT_VOICE,LMC_PROFESSIONALIZE,"
				+ "LMC_EXPRESS_OPINIONS,LMC_SHAPE_PRIORITIES,LMC_COMMENTS\n");
		// More rows than one batch, so several batches and the final flush are exercised.
		var rows = ResponseCsv.BATCH * 2 + 7;
		for (var i = 0; i < rows; i++) {
			csv.append(i % 3 == 0 ? "CERTIFICATED" : "CLASSIFIED").append(',').append(1 + i % 5).append(",5,NA,2,3,");
			// Separators of PostgreSQL's COPY format, stored as typed.
			csv.append(i == 1 ? "\"tab\there, back\\slash \\N\r\nand a line\"" : "").append('\n');
		}
		assertThat(importFile(id, csv.toString())).contains("responses imported");
		assertThat(count(id)).isEqualTo(rows + 6);
		assertThat(jdbc.queryForList(
				"select text_answer from survey_answer where administration_id = ? " + "and text_answer is not null",
				String.class, id))
			.containsExactly("tab\there, back\\slash \\N\r\nand a line");
		SurveyCountsTests.assertCountsMatchAnswers(jdbc, id);
		var report = SurveyTestData.asStaff(() -> reports.administration(id, lea, Breakdown.ROLE, Locale.ENGLISH));
		assertThat(report.responses()).isEqualTo(rows + 6);
	}

	@Test
	void theProgressOfAnotherAdministrationsImportIsNotFound() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 30));
		var other = data.openAdministration(Map.of(lea, 30));
		var job = start(id, "ROLE_GROUP\nCLASSIFIED\n");
		mvc.perform(get("/staff/surveys/administrations/{id}/imports/{job}", other, job).with(user(data.staff())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/surveys/administrations/{id}/imports/{job}", id, job).with(user(data.person("Member"))))
			.andExpect(status().isForbidden());
	}

	/** Uploads the file, then polls its progress as the page does until it is done. */
	private String importFile(long id, String csv) throws Exception {
		var job = start(id, csv);
		var deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			var page = mvc
				.perform(get("/staff/surveys/administrations/{id}/imports/{job}", id, job).with(user(data.staff())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!page.contains("hx-trigger")) {
				return page;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The import did not finish within a minute");
	}

	private String start(long id, String csv) throws Exception {
		var location = mvc
			.perform(multipart("/staff/surveys/administrations/{id}/import", id).file(file(csv))
				.with(user(data.staff()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/staff/surveys/administrations/" + id + "?import=");
		var job = location.substring(location.indexOf("?import=") + "?import=".length());
		// The administration's page shows the progress bar while the import runs.
		mvc.perform(get(location).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-progress\"")));
		return job;
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "responses.csv", "text/csv",
				csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private int count(long id) {
		return jdbc.queryForObject("select count(*) from survey_response where administration_id = ?", Integer.class,
				id);
	}

}
