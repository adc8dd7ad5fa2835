package app.accord.surveys.instruments;

import app.accord.surveys.SurveyTestData;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A client reads an instrument with everything it needs to submit responses: sections,
 * items, their kind, required flags, choices and the labels of every scale point.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyInstrumentApiTests {

	static final String TOKEN = "Bearer test-bootstrap-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Test
	void staffListInstrumentsAndReadOneWithItsSectionsItemsChoicesAndScale() throws Exception {
		var comment = "API_COMMENT_" + System.nanoTime();
		var created = mvc
			.perform(post("/api/v1/surveys/instruments").header("Authorization", TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"titleEn":"Readable","titleEs":"Legible","groupItem":"ROLE_GROUP","sections":[
						 {"titleEn":"You","titleEs":"Usted","items":[{"code":"ROLE_GROUP","required":true}]},
						 {"titleEn":"Climate","titleEs":"Clima","items":[
						  {"code":"LMC_PROBLEM_SOLVING","required":false},
						  {"code":"%s","kind":"TEXT","textEn":"Anything else?","textEs":"¿Algo más?"}]}]}"""
					.formatted(comment)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var id = Long.parseLong(created.replaceAll("\\D", ""));

		mvc.perform(get("/api/v1/surveys/instruments").header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$[?(@.id == %d)].titleEs".formatted(id)).value("Legible"))
			.andExpect(jsonPath("$[?(@.id == %d)].items".formatted(id)).value(3));

		mvc.perform(get("/api/v1/surveys/instruments/{id}", id).header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.titleEn").value("Readable"))
			.andExpect(jsonPath("$.groupItem").value("ROLE_GROUP"))
			.andExpect(jsonPath("$.sections[0].titleEs").value("Usted"))
			.andExpect(jsonPath("$.sections[0].items[0].code").value("ROLE_GROUP"))
			.andExpect(jsonPath("$.sections[0].items[0].kind").value("CHOICE"))
			.andExpect(jsonPath("$.sections[0].items[0].required").value(true))
			.andExpect(jsonPath("$.sections[0].items[0].choices[0].code").value("CERTIFICATED"))
			.andExpect(jsonPath("$.sections[0].items[0].choices[0].labelEs").value("Personal certificado"))
			.andExpect(jsonPath("$.sections[1].items[0].code").value("LMC_PROBLEM_SOLVING"))
			.andExpect(jsonPath("$.sections[1].items[0].kind").value("LIKERT"))
			.andExpect(jsonPath("$.sections[1].items[0].required").value(false))
			.andExpect(jsonPath("$.sections[1].items[0].scalePoints").value(5))
			.andExpect(jsonPath("$.sections[1].items[0].scale[0].value").value(1))
			.andExpect(jsonPath("$.sections[1].items[0].scale[0].labelEn").value("Strongly disagree"))
			.andExpect(jsonPath("$.sections[1].items[0].scale[4].labelEn").value("Strongly agree"))
			.andExpect(jsonPath("$.sections[1].items[0].notApplicable.value").value(0))
			.andExpect(jsonPath("$.sections[1].items[1].kind").value("TEXT"))
			.andExpect(jsonPath("$.sections[1].items[1].textEs").value("¿Algo más?"))
			.andExpect(jsonPath("$.sections[1].items[1].maxLength").value(2000));
	}

	@Test
	void instrumentsAreForStaffAndAnUnknownOneIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/surveys/instruments")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/surveys/instruments/{id}", data.starterInstrument())
			.with(user(data.person("Curious member")))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/instruments/{id}", 999_999_999).header("Authorization", TOKEN))
			.andExpect(status().isNotFound());
	}

}
