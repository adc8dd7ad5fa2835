package app.accord.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import app.accord.accounts.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.accounts.internal.SignInTests.from;
import static app.accord.accounts.internal.SignInTests.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInLinkTests {

	private static final Pattern LINK = Pattern.compile("/signin/link\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OneTimeTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmailedLinkSignsInOnceAndOnlyAfterTheButtonIsPressed() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var email = account.getPerson().getEmail();
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.21")))
			.andExpect(redirectedUrl("/signin/link/sent"));

		var mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		var token = token(mails.get(0));

		// Opening the link (as a mail scanner would) does not use it up.
		mvc.perform(get("/signin/link").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Continue to sign in")));
		mvc.perform(get("/signin/link").param("token", token)).andExpect(status().isOk());

		var signedIn = mvc.perform(post("/signin/link").param("token", token).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		mvc.perform(get("/account").cookie(sessionCookie(signedIn))).andExpect(status().isOk());

		mvc.perform(post("/signin/link").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void aLinkIsValidForFifteenMinutes() {
		var account = testAccounts.create(Role.MEMBER, false);
		var token = tokens.issue(OneTimeTokens.Purpose.SIGN_IN, account.getPersonId(), SignInLinks.SIGN_IN_VALIDITY);
		var validity = jdbc.sql("select created_at, expires_at from one_time_token where token_hash = ?")
			.param(Secrets.sha256(token))
			.query((rs, row) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
			.single();
		assertThat(validity).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var token = tokens.issue(OneTimeTokens.Purpose.SIGN_IN, account.getPersonId(), Duration.ofMinutes(-1));
		mvc.perform(get("/signin/link").param("token", token))
			.andExpect(content().string(containsString("expired or was already used")));
		mvc.perform(post("/signin/link").param("token", token).with(csrf()))
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		var email = TestAccounts.freshEmail("stranger");
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.22")))
			.andExpect(redirectedUrl("/signin/link/sent"));
		assertThat(mailsTo(email)).isEmpty();
	}

	@Test
	void linkRequestsAreLimitedSoNobodyCanFloodAnInbox() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var email = account.getPerson().getEmail();
		for (int i = 0; i < LoginThrottle.LINK_REQUESTS_PER_EMAIL_PER_HOUR; i++) {
			mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.23")))
				.andExpect(redirectedUrl("/signin/link/sent"));
		}
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.23")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many links")));
		assertThat(mailsTo(email)).hasSize(LoginThrottle.LINK_REQUESTS_PER_EMAIL_PER_HOUR);
	}

	@Test
	void aDisabledAccountGetsNoLink() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		jdbc.sql("update account set enabled = false where person_id = ?").param(account.getPersonId()).update();
		mvc.perform(post("/signin/link/request").param("email", account.getPerson().getEmail())
			.with(csrf())
			.with(from("192.0.2.24"))).andExpect(redirectedUrl("/signin/link/sent"));
		assertThat(mailsTo(account.getPerson().getEmail())).isEmpty();
	}

	@Test
	void theSignInPageRejectsABadEmailNextToTheField() throws Exception {
		mvc.perform(post("/signin/link/request").param("email", "not an email").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address like")))
			.andExpect(content().string(containsString("value=\"not an email\"")));
	}

	private List<String> mailsTo(String email) {
		return jdbc.sql("select text_body from outbox_message where recipient = ? order by id")
			.param(email)
			.query(String.class)
			.list();
	}

	private static String token(String body) {
		var matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("a sign-in link in %s", body).isTrue();
		return matcher.group(1);
	}

}
