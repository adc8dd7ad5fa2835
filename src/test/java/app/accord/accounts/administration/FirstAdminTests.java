package app.accord.accounts.administration;

import app.accord.accounts.Role;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.signin.OneTimeTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@SpringBootTest
@AutoConfigureMockMvc
class FirstAdminTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	OneTimeTokens tokens;

	@Autowired
	MockMvc mvc;

	@Test
	void theConfiguredAdminExistsOnceAsStaffWithAPassword() {
		var admin = accounts.findByEmail("admin@accord.test").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.STAFF);
		assertThat(admin.hasPassword()).isTrue();
		firstAdmin.onStart();
		assertThat(accounts.findByEmail("admin@accord.test")).isPresent();
	}

	@Test
	void aSetupLinkCannotCreateAnotherStaffAccountOnceOneExists() throws Exception {
		var token = tokens.issue(OneTimeTokens.Purpose.SETUP, null, FirstAdmin.SETUP_VALIDITY);
		assertThat(firstAdmin.setupPossible(token)).isFalse();
		assertThat(firstAdmin.completeSetup(token, "intruder@example.org", "Intruder", "a long and fine passphrase"))
			.contains("setup.linkInvalid");
		assertThat(accounts.findByEmail("intruder@example.org")).isEmpty();
		mvc.perform(get("/setup").param("token", token)).andExpect(content().string(containsString("no longer valid")));
	}

}
