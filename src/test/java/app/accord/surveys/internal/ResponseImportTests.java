package app.accord.surveys.internal;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Responses collected elsewhere come in from CSV whole, or not at all with each bad row
 * named.
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

	@Test
	void aValidFileIsImportedAndCountsInTheReport() throws Exception {
		var leas = data.anyLeas(2);
		var id = data.openAdministration(Map.of(leas.get(0), 30, leas.get(1), 30));
		var csv = HEADER + leas.get(0) + ",CERTIFICATED,5,4,4,NA,3,\"Quoted, with a comma\nand a line\"\r\n"
				+ leas.get(1) + ",CLASSIFIED,2,2,2,2,2,\n" + leas.get(0) + ",ADMINISTRATOR,4,4,4,4,4,=HYPERLINK(1)\n";
		mvc.perform(multipart("/staff/surveys/administrations/{id}/import", id).file(file(csv))
			.with(user(data.staff()))
			.with(csrf())).andExpect(redirectedUrl("/staff/surveys/administrations/" + id));
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
		mvc.perform(multipart("/staff/surveys/administrations/{id}/import", id).file(file(csv))
			.with(user(data.staff()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 rows cannot be imported; nothing was imported.")))
			.andExpect(content().string(containsString("LEA 00000000000000 is not part of this survey.")))
			.andExpect(content().string(containsString("<td>LMC_PROBLEM_SOLVING</td>")))
			.andExpect(content().string(containsString("<td>JANITOR</td>")));
		assertThat(count(id)).isZero();
	}

	@Test
	void anUnknownColumnIsRefusedBeforeAnyRow() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 30));
		mvc.perform(multipart("/staff/surveys/administrations/{id}/import", id)
			.file(file("ROLE_GROUP,NOT_AN_ITEM\nCLASSIFIED,3\n"))
			.with(user(data.staff()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Column NOT_AN_ITEM is not an item of this survey")));
		assertThat(count(id)).isZero();
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
