package app.accord.accounts;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import app.accord.ModuleClasses;
import app.accord.outreach.Outbox;
import app.accord.outreach.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accounts module booted alone (with the shared module), the outbox standing in for
 * outreach: a person another module knows by email is invited, the mail carries a
 * single-use sign-in link, the link signs them in once, and their account page is theirs.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
@AutoConfigureMockMvc
class AccountsModuleTests {

	private static final Pattern LINK = Pattern.compile("/signin/link\\?token=([A-Za-z0-9_-]+)");

	@MockitoBean
	Outbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("accounts", "shared");
		assertThat(context.getBeanNamesForType(People.class)).hasSize(1);
	}

	@Test
	void anInvitedPersonSignsInOnceWithTheEmailedLink() throws Exception {
		var email = "invitee-" + UUID.randomUUID() + "@example.org";
		var id = people.findOrCreate(email, "Ines Invitee");
		assertThat(people.findOrCreate(email.toUpperCase(Locale.ROOT), "Someone Else")).isEqualTo(id);
		assertThat(people.findByEmail(email)).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(id));

		people.inviteToSignIn(id, "Sam Staff");

		var mail = ArgumentCaptor.forClass(OutgoingMail.class);
		then(outbox).should().enqueue(mail.capture());
		assertThat(mail.getValue().to()).isEqualTo(email);
		var link = LINK.matcher(mail.getValue().text());
		assertThat(link.find()).as("the mail carries a sign-in link").isTrue();
		var token = link.group(1);

		var signedIn = mvc.perform(post("/signin/link").param("token", token).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		var session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Ines Invitee")));

		mvc.perform(post("/signin/link").param("token", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getCookie("SESSION")).isNull());
	}

}
