package app.accord.surveys.administrations;

import app.accord.shared.Secrets;
import app.accord.surveys.SurveyTestData;
import app.accord.surveys.responding.Responses;
import app.accord.surveys.responding.Submission;
import app.accord.surveys.rules.SurveyRuleViolation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single-use invitations: one answer per token, reminders only to those who have not
 * answered, no link between an answer and a token or address, the list deleted at close.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvitationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	Responses responses;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvitationAnswersOnceAndRemindersGoOnlyToThoseWhoHaveNotAnswered() {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 10));
		var suffix = System.nanoTime();
		var ana = "ana" + suffix + "@example.org";
		var ben = "ben" + suffix + "@example.org";
		var sent = SurveyTestData
			.asStaff(() -> invitations.invite(id, lea, ana + "\n" + ben + "; " + ana.toUpperCase(), Locale.ENGLISH));
		assertThat(sent).isEqualTo(2);
		var anaToken = tokenIn(ana);
		responses.submit(new Submission(anaToken, complete(), null, null));
		assertThatThrownBy(() -> responses.submit(new Submission(anaToken, complete(), null, null)))
			.isInstanceOf(SurveyRuleViolation.class)
			.extracting("messageKey")
			.isEqualTo("surveys.respond.tokenUsed");
		assertThat(jdbc.queryForObject("select count(*) from survey_response where administration_id = ?",
				Integer.class, id))
			.isEqualTo(1);

		var reminded = SurveyTestData.asStaff(() -> invitations.remind(id, Locale.ENGLISH));
		assertThat(reminded).isEqualTo(1);
		assertThat(mails(ana)).hasSize(1);
		assertThat(mails(ben)).hasSize(2);
		// The reminder's new link works; the first one no longer does.
		responses.submit(new Submission(tokenIn(ben), complete(), null, null));
		assertThat(invitations.countsPerLea(id).get(lea)).isEqualTo(new SurveyInvitations.Counts(2, 2));
	}

	@Test
	void closingDeletesTheListAndNothingLinksAnAnswerToAnInvitation() {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 10));
		var email = "cy" + System.nanoTime() + "@example.org";
		SurveyTestData.asStaff(() -> invitations.invite(id, lea, email, Locale.ENGLISH));
		var token = tokenIn(email);
		responses.submit(new Submission(token, complete(), null, null));
		var hash = Secrets.sha256(token);
		var row = jdbc.queryForMap("select * from survey_response where administration_id = ?", id);
		assertThat(row.values()).extracting(String::valueOf).noneMatch(v -> v.contains(hash) || v.contains(token));
		assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'survey_used_token'", String.class))
			.containsExactly("token_hash");

		SurveyTestData.asStaff(() -> {
			invitations.close(id);
			return null;
		});
		assertThat(jdbc.queryForObject("select count(*) from survey_invitation where administration_id = ?",
				Integer.class, id))
			.isZero();
		assertThat(
				jdbc.queryForObject("select count(*) from survey_used_token where token_hash = ?", Integer.class, hash))
			.isZero();
		assertThatThrownBy(() -> responses.submit(new Submission(token, complete(), null, null)))
			.isInstanceOf(SurveyRuleViolation.class);
	}

	@Test
	void aBadAddressIsShownNextToTheListWhichIsKept() throws Exception {
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 10));
		mvc.perform(post("/staff/surveys/administrations/{id}/invitations", id).with(user(data.staff()))
			.with(csrf())
			.param("lea", lea)
			.param("emails", "good@example.org\nnot-an-address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not-an-address is not an email address.")))
			.andExpect(content().string(containsString("good@example.org\nnot-an-address</textarea>")));
		assertThat(jdbc.queryForObject("select count(*) from survey_invitation where administration_id = ?",
				Integer.class, id))
			.isZero();
	}

	private String tokenIn(String email) {
		var bodies = mails(email);
		var body = bodies.get(bodies.size() - 1);
		return body.replaceAll("(?s).*/s/([A-Za-z0-9_-]+).*", "$1");
	}

	private List<String> mails(String email) {
		return jdbc.queryForList("select text_body from outbox_message where recipient = ? order by id", String.class,
				email);
	}

	private static Map<String, String> complete() {
		return Map.of("ROLE_GROUP", "CLASSIFIED", "LMC_PROBLEM_SOLVING", "4", "LMC_INPUT_VOICE", "4",
				"LMC_PROFESSIONALIZE", "4", "LMC_EXPRESS_OPINIONS", "4", "LMC_SHAPE_PRIORITIES", "4");
	}

}
