package app.accord.accounts.administration;

import app.accord.accounts.Role;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.signin.OneTimeTokens;
import app.accord.accounts.signin.SignInLinks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.accounts.signin.SignInTests.from;
import static app.accord.accounts.signin.SignInTests.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class StaffAccountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	OneTimeTokens tokens;

	@Test
	void onlyStaffReachStaffPages() throws Exception {
		mvc.perform(get("/staff/people")).andExpect(redirectedUrl("/signin"));
		for (var role : new Role[] { Role.MEMBER, Role.COORDINATOR, Role.CONSULTANT }) {
			var account = testAccounts.create(role, false);
			mvc.perform(get("/staff/people").with(user(account.toSignedInUser()))).andExpect(status().isForbidden());
			mvc.perform(get("/staff/audit").with(user(account.toSignedInUser()))).andExpect(status().isForbidden());
		}
		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(get("/staff/people").with(user(staff.toSignedInUser()))).andExpect(status().isOk());
	}

	@Test
	void staffChangeOthersStandingButNeverTheirOwn() throws Exception {
		var staff = testAccounts.create(Role.STAFF, false);
		var self = staff.getPersonId();
		mvc.perform(post("/staff/people/{id}/role", self).with(user(staff.toSignedInUser()))
			.with(csrf())
			.param("role", "MEMBER"))
			.andExpect(redirectedUrl("/staff/people/" + self))
			.andExpect(flash().attribute("flashError", "people.cannotChangeOwnRole"));
		mvc.perform(post("/staff/people/{id}/disable", self).with(user(staff.toSignedInUser())).with(csrf()))
			.andExpect(flash().attribute("flashError", "people.cannotDisableSelf"));
		var unchanged = accounts.findById(self).orElseThrow();
		assertThat(unchanged.getRole()).isEqualTo(Role.STAFF);
		assertThat(unchanged.isEnabled()).isTrue();

		var other = testAccounts.create(Role.MEMBER, false).getPersonId();
		mvc.perform(post("/staff/people/{id}/role", other).with(user(staff.toSignedInUser()))
			.with(csrf())
			.param("role", "COORDINATOR")).andExpect(flash().attribute("flash", "people.roleChanged"));
		mvc.perform(post("/staff/people/{id}/disable", other).with(user(staff.toSignedInUser())).with(csrf()))
			.andExpect(flash().attribute("flash", "people.disabled"));
		var changed = accounts.findById(other).orElseThrow();
		assertThat(changed.getRole()).isEqualTo(Role.COORDINATOR);
		assertThat(changed.isEnabled()).isFalse();
	}

	@Test
	void staffInviteAPersonWhoThenHasAnAccountWithTheRole() throws Exception {
		var staff = testAccounts.create(Role.STAFF, false);
		var email = TestAccounts.freshEmail("invitee");
		mvc.perform(post("/staff/people").with(user(staff.toSignedInUser()))
			.with(csrf())
			.param("email", email)
			.param("name", "Rosa Invitee")
			.param("role", "COORDINATOR")).andExpect(redirectedUrl("/staff/people"));
		var invited = accounts.findByEmail(email).orElseThrow();
		assertThat(invited.getRole()).isEqualTo(Role.COORDINATOR);
		assertThat(invited.hasPassword()).isFalse();
	}

	@Test
	void anInvitationWithABadEmailSaysWhyAndKeepsWhatWasTyped() throws Exception {
		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(post("/staff/people").with(user(staff.toSignedInUser()))
			.with(csrf())
			.param("email", "not-an-email")
			.param("name", "Rosa Typed")
			.param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("inviteForm", "email"))
			.andExpect(content().string(containsString("Rosa Typed")))
			.andExpect(content().string(containsString("Enter an email address like")));
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		var member = testAccounts.create(Role.MEMBER, true);
		var session = sessionCookie(mvc
			.perform(post("/signin").param("email", member.getPerson().getEmail())
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.with(from("192.0.2.90")))
			.andExpect(redirectedUrl("/account"))
			.andReturn());
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(post("/staff/people/{id}/disable", member.getPersonId()).with(user(staff.toSignedInUser()))
			.with(csrf())).andExpect(redirectedUrl("/staff/people/" + member.getPersonId()));

		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/signin"));
		mvc.perform(post("/signin").param("email", member.getPerson().getEmail())
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())
			.with(from("192.0.2.90"))).andExpect(redirectedUrl("/signin?error=failed"));
	}

	@Test
	void aLinkSentBeforeAnAccountWasDisabledDoesNotWorkOnceItIsEnabledAgain() throws Exception {
		var member = testAccounts.create(Role.MEMBER, false);
		var link = tokens.issue(OneTimeTokens.Purpose.INVITATION, member.getPersonId(),
				SignInLinks.INVITATION_VALIDITY);
		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(post("/staff/people/{id}/disable", member.getPersonId()).with(user(staff.toSignedInUser()))
			.with(csrf())).andExpect(redirectedUrl("/staff/people/" + member.getPersonId()));
		mvc.perform(
				post("/staff/people/{id}/enable", member.getPersonId()).with(user(staff.toSignedInUser())).with(csrf()))
			.andExpect(redirectedUrl("/staff/people/" + member.getPersonId()));

		mvc.perform(post("/signin/link").param("token", link).with(csrf()).with(from("192.0.2.91")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expired or was already used")));
	}

	@Test
	void staffCannotDisableThemselvesNorChangeTheirOwnRole() throws Exception {
		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(
				post("/staff/people/{id}/disable", staff.getPersonId()).with(user(staff.toSignedInUser())).with(csrf()))
			.andExpect(redirectedUrl("/staff/people/" + staff.getPersonId()));
		mvc.perform(post("/staff/people/{id}/role", staff.getPersonId()).param("role", "MEMBER")
			.with(user(staff.toSignedInUser()))
			.with(csrf()));
		var after = accounts.findById(staff.getPersonId()).orElseThrow();
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getRole()).isEqualTo(Role.STAFF);
	}

	@Test
	void roleChangesAreAudited() throws Exception {
		var staff = testAccounts.create(Role.STAFF, false);
		var member = testAccounts.create(Role.MEMBER, false);
		mvc.perform(post("/staff/people/{id}/role", member.getPersonId()).param("role", "CONSULTANT")
			.with(user(staff.toSignedInUser()))
			.with(csrf()));
		assertThat(accounts.findById(member.getPersonId()).orElseThrow().getRole()).isEqualTo(Role.CONSULTANT);
		mvc.perform(get("/staff/audit").with(user(staff.toSignedInUser())))
			.andExpect(content().string(containsString("account.role-changed")))
			.andExpect(content().string(containsString(member.getPerson().getEmailNormalized())));
	}

	@Test
	void anUnknownPersonIsNotFound() throws Exception {
		var staff = testAccounts.create(Role.STAFF, false);
		mvc.perform(get("/staff/people/{id}", 987654321L).with(user(staff.toSignedInUser())))
			.andExpect(status().isNotFound());
	}

}
