package app.accord.surveys.reports;

import app.accord.surveys.SurveyTestData;

import java.util.Map;

import app.accord.accounts.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A co-lead reads their own LEA's report and nothing else, by page or API, whatever id
 * they guess; staff read everything; anyone else is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	SignedInUser coLeadA;

	String leaA;

	String leaB;

	long administration;

	@BeforeEach
	void anAdministrationOfTwoLeasOneLedByA() throws Exception {
		coLeadA = data.person("Ana Colead");
		var leas = data.leasWithoutTeam(2);
		leaA = leas.get(0);
		leaB = leas.get(1);
		mvc.perform(post("/api/v1/teams").with(user(coLeadA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leaCdsCode\":\"" + leaA + "\",\"role\":\"SUPERINTENDENT\",\"side\":\"MANAGEMENT\"}"))
			.andExpect(status().isCreated());
		administration = data.openAdministration(Map.of(leaA, 30, leaB, 30));
		for (var i = 0; i < 6; i++) {
			data.respond(administration, leaA, "CERTIFICATED", 4, null);
			data.respond(administration, leaB, "CERTIFICATED", 2, null);
		}
	}

	@Test
	void aCoLeadReadsTheirLeasReportByPageCsvAndApi() throws Exception {
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", leaA).with(user(coLeadA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("N = 6 of 30")));
		mvc.perform(
				get("/surveys/administrations/{id}/report.csv", administration).param("lea", leaA).with(user(coLeadA)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/surveys/administrations/{id}/report", administration).param("lea", leaA)
			.with(user(coLeadA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responseCount").value(6))
			.andExpect(jsonPath("$.items[?(@.code == 'LMC_PROBLEM_SOLVING')].agreePercent").value(100));
		mvc.perform(get("/surveys").with(user(coLeadA)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lea=" + leaA)));
	}

	@Test
	void aCoLeadCannotReadAnotherLeaTheWholeAdministrationOrAGuessedId() throws Exception {
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", leaB).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/administrations/{id}/report", administration).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/surveys/administrations/{id}/report.csv", administration).param("lea", leaB).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/administrations/{id}/report", administration).param("lea", leaB)
			.with(user(coLeadA))).andExpect(status().isForbidden());
		// Guessed ids: refused the same way whether the administration exists or not.
		mvc.perform(get("/surveys/administrations/{id}/report", 987654321L).param("lea", leaA).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/surveys/administrations/{id}/report", 987654321L).param("lea", leaA).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/surveys/administrations/{id}/links", administration).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/surveys/administrations/{id}", administration).with(user(coLeadA)))
			.andExpect(status().isForbidden());
	}

	@Test
	void someoneWhoIsNotACoLeadIsRefusedAndAnonymousVisitorsAreSentToSignIn() throws Exception {
		var member = data.person("Nobody Special");
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", leaA).with(user(member)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", leaA))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/signin"));
		mvc.perform(get("/api/v1/surveys/administrations/{id}/report", administration).param("lea", leaA))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void staffReadEveryLeaAndTheWholeAdministration() throws Exception {
		mvc.perform(get("/surveys/administrations/{id}/report", administration).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("N = 12 of 60")));
		mvc.perform(
				get("/surveys/administrations/{id}/report", administration).param("lea", leaB).with(user(data.staff())))
			.andExpect(status().isOk());
		mvc.perform(get("/surveys/administrations/{id}/report", 987654321L).with(user(data.staff())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/surveys/statewide").with(user(data.staff()))).andExpect(status().isOk());
		mvc.perform(get("/staff/surveys/statewide").with(user(coLeadA))).andExpect(status().isForbidden());
	}

}
