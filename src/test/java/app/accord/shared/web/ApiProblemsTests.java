package app.accord.shared.web;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an API client reads when its request cannot be read or the server fails: problem
 * details that name the field and the form it expects.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiProblemsTests {

	static final String ADMIN_TOKEN = "test-bootstrap-token-0123456789abcdef";

	static final String EVENT = """
			{"title":"Unreadable","kind":"UNIVERSAL_CONVENING","format":"ONLINE","onlineUrl":"https://meet.example.org/x",
			 "startsAt":"2031-03-01T09:00","endsAt":"2031-03-01T12:00","registrationOpensOn":%s,
			 "registrationClosesOn":"2031-02-20","capacity":%s,"registrationMode":%s,"feeCents":0}""";

	@Autowired
	MockMvc mvc;

	@Test
	void aDateTimeSentForADateNamesTheFieldAndTheExpectedForm() throws Exception {
		postEvent(EVENT.formatted("\"2031-02-01T09:00:00-08:00\"", "300", "\"BOTH\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("registrationOpensOn: a date like 2026-12-03."))
			.andExpect(jsonPath("$.errors[0].field").value("registrationOpensOn"))
			.andExpect(jsonPath("$.errors[0].message").value("a date like 2026-12-03"));
	}

	@Test
	void aWordSentForANumberNamesTheField() throws Exception {
		postEvent(EVENT.formatted("\"2031-02-01\"", "\"many\"", "\"BOTH\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("capacity: a whole number."));
	}

	@Test
	void anUnknownCodeListsTheAllowedOnes() throws Exception {
		postEvent(EVENT.formatted("\"2031-02-01\"", "300", "\"SOMETIMES\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("registrationMode: one of TEAM, INDIVIDUAL, BOTH."));
	}

	@Test
	void aFieldInsideAListIsNamedWithItsIndex() throws Exception {
		mvc.perform(post("/api/v1/surveys/instruments").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"titleEn":"T","titleEs":"T","sections":[{"items":[{"code":"q1","required":"perhaps"}]}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("sections[0].items[0].required: true or false."));
	}

	@Test
	void malformedJsonSaysWhereItBreaks() throws Exception {
		postEvent("{\"title\": \"Unreadable\", \"capacity\": }").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("not valid JSON")))
			.andExpect(jsonPath("$.detail", containsString("line 1, column")));
	}

	@Test
	void aMissingBodyIsNamed() throws Exception {
		postEvent("").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request needs a JSON body."));
	}

	@Test
	void aServerFailureOnTheApiIsAProblemWithoutItsInnards() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/teams")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("connection pool secret"))
			.accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.title").value("Internal Server Error"))
			.andExpect(jsonPath("$.instance").value("/api/v1/teams"))
			.andExpect(content().string(not(containsString("secret"))));
	}

	@Test
	void askingForTheErrorPageItselfIsNotFound() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
	}

	@Test
	void aPageFarBeyondTheLastIsRefusedNotAFailure() throws Exception {
		mvc.perform(get("/api/v1/leas").param("page", "21474837")
			.param("size", "100")
			.header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("page")));
	}

	private ResultActions postEvent(String body) throws Exception {
		return mvc.perform(post("/api/v1/events").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
