package app.accord.surveys.administrations;

import app.accord.surveys.SurveyTestData;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bad input that the other tests do not reach: an answer to a question the
 * survey does not have, sent through the form, and markup in open text in every place a
 * comment leaves Accord (page, PDF, response-level CSV; the CSV of aggregates holds no
 * comments).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyBadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAnswerToAQuestionTheSurveyDoesNotHaveIsNamedOnTheFormAndNothingIsStored() throws Exception {
		var lea = data.leaAt(630);
		var id = data.openAdministration(Map.of(lea, 40));
		mvc.perform(post("/s/{t}", data.link(id, lea)).with(csrf())
			.param("nonce", "nonce-unknown-item-01")
			.param("a_ROLE_GROUP", "CERTIFICATED")
			.param("a_LMC_PROBLEM_SOLVING", "5")
			.param("a_LMC_INPUT_VOICE", "4")
			.param("a_LMC_PROFESSIONALIZE", "3")
			.param("a_LMC_EXPRESS_OPINIONS", "4")
			.param("a_LMC_SHAPE_PRIORITIES", "2")
			.param("a_<img src=x>", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;img src=x&gt;: This survey has no such question.")))
			.andExpect(content().string(not(containsString("<img src=x>"))))
			.andExpect(content().string(containsString("value=\"CERTIFICATED\" checked=\"checked\"")));
		assertThat(jdbc.queryForObject("select count(*) from survey_response where administration_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void scriptInOpenTextIsPlainTextOnThePageInThePdfAndInTheResponseCsv() throws Exception {
		var lea = data.leaAt(631);
		var id = data.openAdministration(Map.of(lea, 40));
		var script = "<script>alert('x')</script>";
		for (var i = 0; i < 6; i++) {
			data.respond(id, lea, "CERTIFICATED", 4, i == 0 ? script : "@SUM(A1) " + i);
		}
		var staff = user(data.staff());
		mvc.perform(get("/surveys/administrations/{id}/report", id).param("lea", lea).with(staff))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(script))));
		var pdf = mvc.perform(get("/surveys/administrations/{id}/report.pdf", id).param("lea", lea).with(staff))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(script, "@SUM(A1) 3");
		}
		var responses = mvc.perform(get("/staff/surveys/administrations/{id}/responses.csv", id).with(staff))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(responses).contains("," + script + "\r\n", ",'@SUM(A1) 3\r\n");
	}

}
