package app.accord.surveys.administrations;

import app.accord.surveys.SurveyTestData;
import java.time.Clock;
import java.time.LocalDate;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The surveys API end to end: staff create an instrument and an administration with their
 * token, read the links; anyone answers without a token; bad input gets a problem and
 * stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
public class SurveyApiTests {

	public static final String TOKEN = "Bearer test-bootstrap-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void staffBuildAnInstrumentFromTheBankAndNewItemsFieldItAndAnyoneAnswersWithoutAToken() throws Exception {
		var code = "API_ITEM_" + System.nanoTime();
		var instrument = mvc.perform(staff(post("/api/v1/surveys/instruments")).content("""
				{"titleEn":"Climate","titleEs":"Clima","groupItem":"ROLE_GROUP","sections":[
				 {"titleEn":"You","titleEs":"Usted","items":[{"code":"ROLE_GROUP","required":true}]},
				 {"titleEn":"Climate","titleEs":"Clima","items":[
				  {"code":"LMC_PROBLEM_SOLVING","required":true},
				  {"code":"%s","required":false,"kind":"LIKERT","scalePoints":4,"allowNa":false,
				   "textEn":"We trust each other","textEs":"Confiamos unos en otros"}]}]}""".formatted(code)))
			.andExpect(status().isCreated())
			.andReturn();
		var instrumentId = id(instrument.getResponse().getContentAsString());
		var lea = data.anyLeas(1).get(0);
		var created = mvc
			.perform(staff(post("/api/v1/surveys/administrations")).content("""
					{"instrumentId":%d,"title":"API survey","opensOn":"%s","closesOn":"%s",
					 "leas":[{"cdsCode":"%s","headcount":25,"sites":["North","South"]}]}""".formatted(instrumentId,
					LocalDate.now(clock), LocalDate.now(clock).plusDays(5), lea)))
			.andExpect(status().isCreated())
			.andReturn();
		var administrationId = id(created.getResponse().getContentAsString());
		var links = mvc
			.perform(get("/api/v1/surveys/administrations/{id}/links", administrationId).header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].headcount").value(25))
			.andExpect(jsonPath("$[0].url", startsWith("http")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var token = links.replaceAll("(?s).*/s/([A-Za-z0-9_-]+)\".*", "$1");
		for (var i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/surveys/responses").contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"token":"%s","answers":{"ROLE_GROUP":"CLASSIFIED","LMC_PROBLEM_SOLVING":%d,"%s":3},"site":"S1"}"""
							.formatted(token, i < 4 ? 5 : 1, code)))
				.andExpect(status().isCreated());
		}
		mvc.perform(get("/api/v1/surveys/administrations/{id}/report", administrationId).param("lea", lea)
			.param("group", "role")
			.header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responseCount").value(5))
			.andExpect(jsonPath("$.headcount").value(25))
			.andExpect(jsonPath("$.responseRate").value(20))
			.andExpect(jsonPath("$.items[?(@.code == 'LMC_PROBLEM_SOLVING')].agreePercent").value(80))
			.andExpect(content().string(containsString("\"code\":\"%s\"".formatted(code))))
			.andExpect(content().string(containsString("\"distribution\":[0,0,5,0]")));
	}

	@Test
	void theSameSubmissionIdStoresOnce() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 10));
		var body = valid(data.link(id, lea)).replace("}}", "},\"submissionId\":\"retry-0123456789abcdef\"}");
		mvc.perform(post("/api/v1/surveys/responses").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/surveys/responses").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true));
		assertThat(count(id)).isEqualTo(1);
	}

	@Test
	void badAnswersGetAProblemNamingEachItemAndNothingIsStored() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 10));
		var token = data.link(id, lea);
		mvc.perform(respond("""
				{"token":"%s","answers":{"ROLE_GROUP":"CERTIFICATED","LMC_PROBLEM_SOLVING":7,"NO_SUCH_ITEM":3,
				 "LMC_INPUT_VOICE":{"x":1},"LMC_PROFESSIONALIZE":4,"LMC_EXPRESS_OPINIONS":4,"LMC_SHAPE_PRIORITIES":4,
				 "LMC_COMMENTS":"%s"}}""".formatted(token, "a".repeat(1_000_000))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("LMC_PROBLEM_SOLVING")))
			.andExpect(jsonPath("$.errors[?(@.item == 'NO_SUCH_ITEM')].message")
				.value("This survey has no such question."))
			.andExpect(jsonPath("$.errors[?(@.item == 'LMC_INPUT_VOICE')].message")
				.value("Choose one of the options shown."))
			.andExpect(jsonPath("$.errors[?(@.item == 'LMC_COMMENTS')].message")
				.value("Please shorten your answer to 2,000 characters."));
		mvc.perform(respond("{\"token\":\"%s\",\"answers\":{\"ROLE_GROUP\":\"CERTIFICATED\"}}".formatted(token)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.item == 'LMC_SHAPE_PRIORITIES')].message")
				.value("Please answer this question."));
		assertThat(count(id)).isZero();
	}

	@Test
	void aForgedTokenAndAClosedWindowAreRefused() throws Exception {
		mvc.perform(respond(valid("forgedforgedforgedforgedforged12345")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(respond(valid("<script>")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
		var lea = data.anyLeas(1).get(0);
		var closed = data.administration(Map.of(lea, 10), LocalDate.now(clock).minusDays(9),
				LocalDate.now(clock).minusDays(2));
		mvc.perform(respond(valid(data.link(closed, lea))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This survey is closed."));
		assertThat(count(closed)).isZero();
	}

	@Test
	void badInstrumentsAndAdministrationsGetProblems() throws Exception {
		mvc.perform(staff(post("/api/v1/surveys/instruments")).content(
				"""
						{"titleEn":"X","titleEs":"X","sections":[{"titleEn":"S","titleEs":"S","items":[{"code":"NOPE_NOT_THERE"}]}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no item NOPE_NOT_THERE in the item bank."));
		mvc.perform(staff(post("/api/v1/surveys/instruments")).content(
				"""
						{"titleEn":"X","titleEs":"X","sections":[{"titleEn":"S","titleEs":"S","items":[
						 {"code":"LMC_PROBLEM_SOLVING","kind":"LIKERT","scalePoints":4,"textEn":"Other","textEs":"Otro"}]}]}"""))
			.andExpect(status().isConflict());
		mvc.perform(staff(post("/api/v1/surveys/administrations")).content("""
				{"instrumentId":%d,"title":"T","opensOn":"2030-01-10","closesOn":"2030-01-01",
				 "leas":[{"cdsCode":"00000000000000","headcount":5}]}""".formatted(data.starterInstrument())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("closesOn"));
		mvc.perform(staff(post("/api/v1/surveys/administrations")).content("""
				{"instrumentId":%d,"title":"T","opensOn":"2030-01-01","closesOn":"2030-01-10",
				 "leas":[{"cdsCode":"%s","headcount":0}]}""".formatted(data.starterInstrument(),
				data.anyLeas(1).get(0))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("head-count")));
		mvc.perform(post("/api/v1/surveys/instruments").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	private static String valid(String token) {
		return """
				{"token":"%s","answers":{"ROLE_GROUP":"CERTIFICATED","LMC_PROBLEM_SOLVING":4,"LMC_INPUT_VOICE":4,
				 "LMC_PROFESSIONALIZE":4,"LMC_EXPRESS_OPINIONS":"NA","LMC_SHAPE_PRIORITIES":5}}""".formatted(token);
	}

	private static MockHttpServletRequestBuilder respond(String body) {
		return post("/api/v1/surveys/responses").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON);
	}

	private static long id(String json) {
		return Long.parseLong(json.replaceAll("\\D+", ""));
	}

	private int count(long id) {
		return jdbc.queryForObject("select count(*) from survey_response where administration_id = ?", Integer.class,
				id);
	}

}
