package app.accord.accounts.signin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import app.accord.accounts.Role;
import app.accord.accounts.administration.TestAccounts;
import app.accord.shared.Secrets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.accounts.signin.SignInTests.from;
import static app.accord.accounts.signin.SignInTests.sessionCookie;
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
	void anAddressGetsAtMostOneLinkEveryFiveMinutesSoNobodyCanFloodItsInbox() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var email = account.getPerson().getEmail();
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.23")))
			.andExpect(redirectedUrl("/signin/link/sent"));
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.23")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("less than 5 minutes ago")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")));
		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void manyAddressesAskingForOnePersonsLinksCannotKeepThemFromSigningIn() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var email = account.getPerson().getEmail();
		for (int i = 1; i <= 50; i++) {
			mvc.perform(
					post("/signin/link/request").param("email", email).with(csrf()).with(from("2001:db8:14::" + i)));
		}
		assertThat(mailsTo(email)).hasSize(1);

		// The owner, from their own place, is told the last link is still on its way...
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.25")))
			.andExpect(content().string(containsString("less than 5 minutes ago")));
		// ...and five minutes later gets a new one, however many were refused meanwhile.
		fiveMinutesPass(email);
		for (int i = 51; i <= 60; i++) {
			mvc.perform(post("/signin/link/request").param("email", email.toUpperCase(Locale.ROOT))
				.with(csrf())
				.with(from("2001:db8:14::" + i)));
		}
		fiveMinutesPass(email);
		mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.25")))
			.andExpect(redirectedUrl("/signin/link/sent"));
		var mails = mailsTo(email);
		assertThat(mails).hasSize(3);
		mvc.perform(post("/signin/link").param("token", token(mails.get(2))).with(csrf()).with(from("192.0.2.25")))
			.andExpect(redirectedUrl("/account"));
	}

	@Test
	void aRecentLinkIsAnsweredAlikeWhetherOrNotTheAddressHasAnAccount() throws Exception {
		var known = testAccounts.create(Role.MEMBER, false).getPerson().getEmail();
		var unknown = TestAccounts.freshEmail("stranger");
		for (var email : List.of(known, unknown)) {
			mvc.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.26")))
				.andExpect(redirectedUrl("/signin/link/sent"));
		}
		var answers = new java.util.ArrayList<String>();
		for (var email : List.of(known, unknown)) {
			var page = mvc
				.perform(post("/signin/link/request").param("email", email).with(csrf()).with(from("192.0.2.26")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			answers.add(page.substring(page.indexOf("role=\"alert\""),
					page.indexOf("</div>", page.indexOf("role=\"alert\""))));
		}
		assertThat(answers.get(0)).contains("less than 5 minutes ago").isEqualTo(answers.get(1));
	}

	@Test
	void oneAddressAskingForManyPeoplesLinksIsPausedExceptForPeopleWhoSignInFromThere() throws Exception {
		var address = "2001:db8:15::1";
		var regular = testAccounts.create(Role.MEMBER, false);
		var token = tokens.issue(OneTimeTokens.Purpose.SIGN_IN, regular.getPersonId(), SignInLinks.SIGN_IN_VALIDITY);
		mvc.perform(post("/signin/link").param("token", token).with(csrf()).with(from(address)))
			.andExpect(redirectedUrl("/account"));

		for (int i = 0; i < LoginThrottle.LINK_REQUESTS_PER_ADDRESS_PER_HOUR; i++) {
			mvc.perform(post("/signin/link/request").param("email", TestAccounts.freshEmail("guess" + i))
				.with(csrf())
				.with(from(address))).andExpect(redirectedUrl("/signin/link/sent"));
		}
		var newcomer = testAccounts.create(Role.MEMBER, false).getPerson().getEmail();
		mvc.perform(post("/signin/link/request").param("email", newcomer).with(csrf()).with(from(address)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many sign-in links were asked for from your network")));
		assertThat(mailsTo(newcomer)).isEmpty();

		// From elsewhere the same person gets their link, and so does someone who signs
		// in from here.
		mvc.perform(post("/signin/link/request").param("email", newcomer).with(csrf()).with(from("192.0.2.27")))
			.andExpect(redirectedUrl("/signin/link/sent"));
		mvc.perform(post("/signin/link/request").param("email", regular.getPerson().getEmail())
			.with(csrf())
			.with(from(address))).andExpect(redirectedUrl("/signin/link/sent"));
		assertThat(mailsTo(newcomer)).hasSize(1);
		assertThat(mailsTo(regular.getPerson().getEmail())).hasSize(1);
	}

	/** Moves this address's link requests five minutes into the past. */
	private void fiveMinutesPass(String email) {
		jdbc.sql("update login_attempt set attempted_at = ? where email = ? and attempted_at > ?")
			.params(Timestamp.from(Instant.now().minus(LoginThrottle.LINK_INTERVAL).minusSeconds(1)),
					email.toLowerCase(Locale.ROOT), Timestamp.from(Instant.now().minus(LoginThrottle.LINK_INTERVAL)))
			.update();
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
