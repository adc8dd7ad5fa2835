package app.accord.surveys.responding;

import app.accord.surveys.SurveyTestData;
import java.time.Clock;
import java.time.LocalDate;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymous staff answer through their LEA's link without signing in; what is stored
 * carries nothing that points to them; bad answers are shown in place and nothing is
 * stored half.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RespondingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Responses submitter;

	@Autowired
	SurveyTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theFormOpensWithoutSignInInEnglishOrSpanish() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(get("/s/{t}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My team routinely engages in collaborative problem solving")))
			.andExpect(content().string(containsString("Part 1 of 3")));
		mvc.perform(get("/s/{t}", token).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Totalmente de acuerdo")))
			.andExpect(content().string(containsString("Mi equipo practica habitualmente")));
	}

	@Test
	void aResponseIsStoredWithNothingThatIdentifiesTheRespondent() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(complete(token, "nonce-anonymity-0001").header("User-Agent", "SpecialAgent/7.0")
			.header("X-Forwarded-For", "203.0.113.77")
			.with(request -> {
				request.setRemoteAddr("203.0.113.77");
				return request;
			})).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/s/thanks"));

		// The response table has no column that could hold a person, token, address or
		// time.
		var columns = jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = 'survey_response'",
				String.class);
		assertThat(Set.copyOf(columns))
			.isEqualTo(Set.of("id", "administration_id", "lea_cds_code", "site_code", "group_code", "submitted_on"));
		var answerColumns = jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = 'survey_answer'",
				String.class);
		assertThat(Set.copyOf(answerColumns)).isEqualTo(Set.of("response_id", "administration_id", "lea_cds_code",
				"site_code", "group_code", "item_code", "answer_value", "choice_code", "text_answer"));

		var row = jdbc.queryForMap("select * from survey_response where administration_id = ?", id);
		assertThat(row.values()).extracting(String::valueOf)
			.noneMatch(v -> v.contains(token) || v.contains("203.0.113.77") || v.contains("SpecialAgent")
					|| v.contains("nonce-anonymity"));
		assertThat(row.get("submitted_on").toString()).isEqualTo(LocalDate.now(clock).toString());
		var answers = jdbc.queryForList("select * from survey_answer where administration_id = ?", id);
		assertThat(answers).hasSize(8);
		assertThat(answers).allSatisfy(answer -> assertThat(answer.values()).extracting(String::valueOf)
			.noneMatch(v -> v.contains(token) || v.contains("203.0.113.77") || v.contains("SpecialAgent")));
		// The nonce table knows a form was used, not by whom nor which response it made.
		assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'survey_used_nonce'", String.class))
			.containsExactlyInAnyOrder("nonce", "used_on");
	}

	@Test
	void aDoubleSubmitOfTheSameFormStoresOnce() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(complete(token, "nonce-double-click-01")).andExpect(redirectedUrl("/s/thanks"));
		mvc.perform(complete(token, "nonce-double-click-01")).andExpect(redirectedUrl("/s/thanks"));
		assertThat(responses(id)).isEqualTo(1);
		mvc.perform(complete(token, "nonce-double-click-02")).andExpect(redirectedUrl("/s/thanks"));
		assertThat(responses(id)).isEqualTo(2);
	}

	@Test
	void theSameFormSentFromManyThreadsAtOnceStoresOnce() throws Exception {
		var lea = data.anyLeas(2).get(1);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		var answers = Map.of("ROLE_GROUP", "CLASSIFIED", "LMC_PROBLEM_SOLVING", "4", "LMC_INPUT_VOICE", "4",
				"LMC_PROFESSIONALIZE", "4", "LMC_EXPRESS_OPINIONS", "4", "LMC_SHAPE_PRIORITIES", "4");
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		var start = new java.util.concurrent.CountDownLatch(1);
		var outcomes = new java.util.ArrayList<java.util.concurrent.Future<Outcome>>();
		try {
			for (int i = 0; i < 16; i++) {
				// Eight copies of one form (a double click, retries) among eight other
				// forms.
				var nonce = i % 2 == 0 ? "nonce-same-form-00001" : "nonce-other-form-" + String.format("%04d", i);
				outcomes.add(pool.submit(() -> {
					start.await();
					return submitter.submit(new Submission(token, answers, null, nonce));
				}));
			}
			start.countDown();
			var stored = 0;
			var repeated = 0;
			for (var outcome : outcomes) {
				if (outcome.get(60, java.util.concurrent.TimeUnit.SECONDS) == Outcome.STORED) {
					stored++;
				}
				else {
					repeated++;
				}
			}
			assertThat(stored).isEqualTo(9);
			assertThat(repeated).isEqualTo(7);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(responses(id)).isEqualTo(9);
	}

	@Test
	void aMissingRequiredAnswerIsShownNextToTheItemAndTheOtherAnswersAreKept() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(post("/s/{t}", token).with(csrf())
			.param("nonce", "nonce-missing-000001")
			.param("a_ROLE_GROUP", "CLASSIFIED")
			.param("a_LMC_PROBLEM_SOLVING", "4")
			.param("a_LMC_COMMENTS", "<b>kept</b> comment"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please answer this question.")))
			.andExpect(content().string(containsString("id=\"e-LMC_INPUT_VOICE\"")))
			.andExpect(content().string(not(containsString("id=\"e-LMC_PROBLEM_SOLVING\""))))
			.andExpect(content().string(containsString("value=\"CLASSIFIED\" checked=\"checked\"")))
			.andExpect(content().string(containsString("&lt;b&gt;kept&lt;/b&gt; comment")));
		assertThat(responses(id)).isZero();
	}

	@Test
	void valuesOutsideTheScaleAndOverlongTextAreRefusedWithNothingStored() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(post("/s/{t}", token).with(csrf())
			.param("nonce", "nonce-out-of-scale-1")
			.param("a_ROLE_GROUP", "CERTIFICATED")
			.param("a_LMC_PROBLEM_SOLVING", "5")
			.param("a_LMC_INPUT_VOICE", "9")
			.param("a_LMC_PROFESSIONALIZE", "3")
			.param("a_LMC_EXPRESS_OPINIONS", "0")
			.param("a_LMC_SHAPE_PRIORITIES", "2")
			.param("a_LMC_COMMENTS", "x".repeat(1_000_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the options shown.")))
			.andExpect(content().string(containsString("Please shorten your answer to 2,000 characters.")));
		assertThat(responses(id)).isZero();
	}

	@Test
	void aForgedLinkAClosedAndANotYetOpenSurveyAreRefused() throws Exception {
		mvc.perform(get("/s/{t}", "forged-token-forged-token-forged-token1"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This survey link is not valid")));
		var lea = data.anyLeas(1).get(0);
		var closed = data.administration(Map.of(lea, 40), LocalDate.now(clock).minusDays(20),
				LocalDate.now(clock).minusDays(1));
		mvc.perform(get("/s/{t}", data.link(closed, lea)))
			.andExpect(content().string(containsString("This survey is closed.")));
		mvc.perform(complete(data.link(closed, lea), "nonce-closed-0000001"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This survey is closed.")));
		var later = data.administration(Map.of(lea, 40), LocalDate.now(clock).plusDays(3),
				LocalDate.now(clock).plusDays(9));
		mvc.perform(complete(data.link(later, lea), "nonce-later-00000001"))
			.andExpect(content().string(containsString("This survey opens on")));
		assertThat(responses(closed) + responses(later)).isZero();
	}

	@Test
	void aSurveyClosedWhileItsLinkIsInUseTakesNoFurtherResponse() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(complete(token, "nonce-closing-0000001")).andExpect(redirectedUrl("/s/thanks"));
		mvc.perform(post("/staff/surveys/administrations/{id}/close", id).with(csrf()).with(user(data.staff())))
			.andExpect(redirectedUrl("/staff/surveys/administrations/" + id));
		mvc.perform(get("/s/{t}", token)).andExpect(content().string(containsString("This survey is closed.")));
		mvc.perform(complete(token, "nonce-closing-0000002"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This survey is closed.")));
		assertThat(responses(id)).isOne();
	}

	@Test
	void aResponseWrittenAfterAnotherNodeClosedTheSurveyIsRefused() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 40));
		var token = data.link(id, lea);
		mvc.perform(complete(token, "nonce-closing-0000003")).andExpect(redirectedUrl("/s/thanks"));
		// Closed elsewhere: this node still has the link's administration as open.
		jdbc.update("update survey_administration set closed_at = current_timestamp where id = ?", id);
		mvc.perform(complete(token, "nonce-closing-0000004"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This survey is closed.")));
		assertThat(responses(id)).isOne();
	}

	@Test
	void theRespondentPicksTheirSiteFromTheLeasList() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.administrationWithSites(lea, 50, java.util.List.of("North School", "South School"));
		var token = data.link(id, lea);
		mvc.perform(get("/s/{t}", token)).andExpect(content().string(containsString("South School")));
		mvc.perform(complete(token, "nonce-site-000000001").param("site", "S2")).andExpect(redirectedUrl("/s/thanks"));
		assertThat(jdbc.queryForObject("select site_code from survey_response where administration_id = ?",
				String.class, id))
			.isEqualTo("S2");
		mvc.perform(complete(token, "nonce-site-000000002").param("site", "S9"))
			.andExpect(content().string(containsString("Choose one of the sites listed.")));
	}

	private MockHttpServletRequestBuilder complete(String token, String nonce) {
		return post("/s/{t}", token).with(csrf())
			.param("nonce", nonce)
			.param("a_ROLE_GROUP", "CERTIFICATED")
			.param("a_YEARS_IN_DISTRICT", "OVER_10")
			.param("a_LMC_PROBLEM_SOLVING", "5")
			.param("a_LMC_INPUT_VOICE", "4")
			.param("a_LMC_PROFESSIONALIZE", "3")
			.param("a_LMC_EXPRESS_OPINIONS", "0")
			.param("a_LMC_SHAPE_PRIORITIES", "2")
			.param("a_LMC_COMMENTS", "More joint planning time");
	}

	private int responses(long id) {
		return jdbc.queryForObject("select count(*) from survey_response where administration_id = ?", Integer.class,
				id);
	}

}
