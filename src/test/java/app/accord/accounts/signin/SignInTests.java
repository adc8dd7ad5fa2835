package app.accord.accounts.signin;

import app.accord.accounts.Role;
import app.accord.accounts.administration.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
public class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void aCorrectPasswordSignsInUnderANewSessionId() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		var before = mvc.perform(get("/signin")).andExpect(status().isOk()).andReturn();
		var anonymousSession = sessionCookie(before);
		assertThat(anonymousSession).isNotNull();

		var after = mvc
			.perform(post("/signin").cookie(anonymousSession)
				.param("email", account.getPerson().getEmail().toUpperCase())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn();

		var signedInSession = sessionCookie(after);
		assertThat(signedInSession).isNotNull();
		assertThat(signedInSession.getValue()).isNotEqualTo(anonymousSession.getValue());
		assertThat(signedInSession.isHttpOnly()).isTrue();
		assertThat(((org.springframework.mock.web.MockCookie) signedInSession).getSameSite()).isEqualTo("Lax");
		mvc.perform(get("/account").cookie(signedInSession)).andExpect(status().isOk());
	}

	@Test
	void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		signIn(account.getPerson().getEmail(), "not the right passphrase", from("198.51.100.1"))
			.andExpect(redirectedUrl("/signin?error=failed"));
		signIn("nobody-" + account.getPerson().getEmail(), "not the right passphrase", from("198.51.100.1"))
			.andExpect(redirectedUrl("/signin?error=failed"));
	}

	@Test
	void aWrongPasswordBringsThePageBackWithTheEmailAsTypedButNotThePassword() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		var typed = "  " + account.getPerson().getEmail().toUpperCase();
		var session = sessionCookie(mvc.perform(get("/signin")).andReturn());
		var refused = mvc
			.perform(post("/signin").cookie(session)
				.param("email", typed)
				.param("password", "my secret guess")
				.with(csrf())
				.with(from("198.51.100.30")))
			.andExpect(redirectedUrl("/signin?error=failed"))
			.andReturn();
		var kept = (sessionCookie(refused) != null) ? sessionCookie(refused) : session;
		var page = mvc.perform(get("/signin").param("error", "failed").cookie(kept))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"" + typed + "\"").doesNotContain("my secret guess");
		var again = mvc.perform(get("/signin").cookie(kept))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(again).as("the address is shown back once").doesNotContain(typed);
	}

	@Test
	void fiveFailuresFromOneAddressPauseThatAddressButNotTheOwnerElsewhere() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		var email = account.getPerson().getEmail();
		for (int i = 0; i < LoginThrottle.PAIR_LIMIT; i++) {
			signIn(email, "wrong guess number " + i, from("198.51.100.7"))
				.andExpect(redirectedUrl("/signin?error=failed"));
		}
		signIn(email, TestAccounts.PASSWORD, from("198.51.100.7")).andExpect(redirectedUrl("/signin?error=throttled"));
		signIn(email, TestAccounts.PASSWORD, from("192.0.2.44")).andExpect(redirectedUrl("/account"));
	}

	@Test
	void aDistributedAttackPausesUnknownAddressesButNotTheOwnersUsualOne() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		var email = account.getPerson().getEmail();
		signIn(email, TestAccounts.PASSWORD, from("192.0.2.10")).andExpect(redirectedUrl("/account"));
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			signIn(email, "wrong guess", from("203.0.113." + i)).andExpect(redirectedUrl("/signin?error=failed"));
		}
		signIn(email, TestAccounts.PASSWORD, from("203.0.113.200")).andExpect(redirectedUrl("/signin?error=throttled"));
		signIn(email, TestAccounts.PASSWORD, from("192.0.2.10")).andExpect(redirectedUrl("/account"));
	}

	@Test
	void pagesForSignedInPeopleSendTheAnonymousToSignIn() throws Exception {
		mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		var session = sessionCookie(
				signIn(account.getPerson().getEmail(), TestAccounts.PASSWORD, from("192.0.2.77")).andReturn());
		mvc.perform(post("/signout").cookie(session).with(csrf())).andExpect(redirectedUrl("/"));
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/signin"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/signin/link").param("email", "someone@district.example.org"))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email, String password,
			RequestPostProcessor from) throws Exception {
		MockHttpServletRequestBuilder request = post("/signin").param("email", email)
			.param("password", password)
			.with(csrf())
			.with(from);
		return mvc.perform(request);
	}

	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public static Cookie sessionCookie(MvcResult result) {
		return result.getResponse().getCookie("SESSION");
	}

}
