package app.accord.accounts.profile;

import app.accord.accounts.Role;
import app.accord.accounts.administration.PeopleService;
import app.accord.accounts.administration.TestAccounts;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.tokens.ApiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PeopleService people;

	@Test
	void aPersonCreatesATokenSeesItOnceAndCanRevokeIt() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		var me = user(account.toSignedInUser());
		var created = mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", "Roster sync"))
			.andExpect(redirectedUrl("/account#tokens"))
			.andExpect(flash().attributeExists("newToken"))
			.andReturn();
		var token = (String) created.getFlashMap().get("newToken");
		assertThat(token).startsWith("acc_");

		mvc.perform(get("/account").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Roster sync")))
			.andExpect(content().string(not(containsString(token))));

		var id = tokens.list(account.getPersonId()).get(0).id();
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(me).with(csrf()))
			.andExpect(redirectedUrl("/account#tokens"));
		assertThat(tokens.list(account.getPersonId()).get(0).active()).isFalse();
	}

	@Test
	void aPersonFirstKnownByEmailAloneTakesTheNameTheirTeamGivesThem() throws Exception {
		var email = TestAccounts.freshEmail("colead");
		var nameless = people.findOrCreatePerson(email, null);
		var account = accounts.saveAndFlush(new Account(nameless, Role.MEMBER, java.time.Instant.now()));
		people.findOrCreate(email.toUpperCase(), "Maria Estrada");
		people.findOrCreate(email, "Someone Else");
		mvc.perform(get("/account").with(user(accounts.findById(account.getPersonId()).orElseThrow().toSignedInUser())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Maria Estrada\"")));
	}

	@Test
	void aNameAPersonHasIsNotReplacedByAnotherModulesSpelling() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		people.findOrCreate(account.getPerson().getEmail(), "Another Spelling");
		mvc.perform(get("/account").with(user(account.toSignedInUser())))
			.andExpect(content().string(containsString("value=\"Test MEMBER\"")))
			.andExpect(content().string(not(containsString("Another Spelling"))));
	}

	@Test
	void eachFieldOfTheAccountPageIsRenderedOnce() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		var page = mvc.perform(get("/account").with(user(account.toSignedInUser())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (var field : new String[] { "displayName", "current", "replacement", "name" }) {
			assertThat(page.split("name=\"" + field + "\"", -1)).as("inputs named %s", field).hasSize(2);
		}
	}

	@Test
	void aWeakNewPasswordIsRefusedWithTheReason() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		mvc.perform(post("/account/password").with(user(account.toSignedInUser()))
			.with(csrf())
			.param("replacement", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one of the most common")));
		assertThat(accounts.findById(account.getPersonId()).orElseThrow().hasPassword()).isFalse();
	}

	@Test
	void changingAPasswordNeedsTheCurrentOne() throws Exception {
		var account = testAccounts.create(Role.MEMBER, true);
		mvc.perform(post("/account/password").with(user(account.toSignedInUser()))
			.with(csrf())
			.param("current", "not my password at all")
			.param("replacement", "a brand new and long passphrase"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("current password is not right")));
		mvc.perform(post("/account/password").with(user(account.toSignedInUser()))
			.with(csrf())
			.param("current", TestAccounts.PASSWORD)
			.param("replacement", "a brand new and long passphrase")).andExpect(redirectedUrl("/account"));
	}

	@Test
	void theProfileKeepsTheChosenLanguage() throws Exception {
		var account = testAccounts.create(Role.MEMBER, false);
		mvc.perform(post("/account/profile").with(user(account.toSignedInUser()))
			.with(csrf())
			.param("displayName", "María Pérez")
			.param("language", "es")).andExpect(redirectedUrl("/account?lang=es"));
		var person = accounts.findById(account.getPersonId()).orElseThrow().getPerson();
		assertThat(person.getDisplayName()).isEqualTo("María Pérez");
		assertThat(person.getPreferredLanguage()).isEqualTo("es");
		mvc.perform(post("/account/profile").with(user(account.toSignedInUser()))
			.with(csrf())
			.param("displayName", "")
			.param("language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name")));
	}

}
