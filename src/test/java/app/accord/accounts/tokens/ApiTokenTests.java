package app.accord.accounts.tokens;

import app.accord.accounts.Role;
import app.accord.accounts.administration.AccountAdministration;
import app.accord.accounts.administration.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AccountAdministration administration;

	@Test
	void theApiWantsATokenAndSaysSoAsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer acc_this-token-does-not-exist-at-all"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenActsForItsOwnerUntilRevoked() throws Exception {
		var account = testAccounts.create(Role.COORDINATOR, false);
		var token = tokens.create(account.getPersonId(), "script");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(account.getPerson().getEmailNormalized()))
			.andExpect(jsonPath("$.role").value("COORDINATOR"));

		var id = tokens.list(account.getPersonId()).get(0).id();
		tokens.revoke(account.getPersonId(), id);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledAccountsTokensStopWorking() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var token = tokens.create(account.getPersonId(), "script");
		var staff = testAccounts.create(Role.STAFF, false);
		org.springframework.security.test.context.TestSecurityContextHolder
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(staff.toSignedInUser(), null, staff.toSignedInUser().getAuthorities()));
		try {
			administration.disable(account.getPersonId());
		}
		finally {
			org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
		}
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void enablingADisabledAccountAgainDoesNotReviveItsTokens() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var token = tokens.create(account.getPersonId(), "script");
		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(post("/staff/people/{id}/disable", account.getPersonId()).with(user(staff.toSignedInUser()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/people/{id}/enable", account.getPersonId()).with(user(staff.toSignedInUser()))
			.with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/account").with(user(account.toSignedInUser())))
			.andExpect(content().string(containsString("Revoked")))
			.andExpect(content().string(not(containsString("/revoke"))));

		var fresh = tokens.create(account.getPersonId(), "new script");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + fresh)).andExpect(status().isOk());
	}

	@Test
	void aPersonCannotRevokeSomeoneElsesToken() {
		var owner = testAccounts.create(Role.MEMBER, false);
		var other = testAccounts.create(Role.MEMBER, false);
		tokens.create(owner.getPersonId(), "mine");
		var id = tokens.list(owner.getPersonId()).get(0).id();
		org.assertj.core.api.Assertions.assertThat(tokens.revoke(other.getPersonId(), id)).isFalse();
		org.assertj.core.api.Assertions.assertThat(tokens.list(owner.getPersonId()).get(0).active()).isTrue();
	}

	@Test
	void theBootstrapTokenFromTheEnvironmentWorks() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + "test-bootstrap-token-0123456789abcdef"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("admin@accord.test"))
			.andExpect(jsonPath("$.role").value("STAFF"));
	}

}
