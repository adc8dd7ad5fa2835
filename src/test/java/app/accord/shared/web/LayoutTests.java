package app.accord.shared.web;

import java.nio.charset.StandardCharsets;

import app.accord.accounts.PersonId;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What every page has around its content: its title, the menus and the footer. */
@SpringBootTest
@AutoConfigureMockMvc
class LayoutTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageTitleNamesThePageThenAccord() throws Exception {
		assertThat(page(get("/")))
			.contains("<title>Labor-management collaboration in public education — Accord</title>");
		assertThat(page(get("/events"))).contains("<title>Events — Accord</title>");
		assertThat(page(get("/events").param("lang", "es"))).contains("<title>Eventos — Accord</title>");
		assertThat(page(get("/directory/10621660000000"))).contains("<title>Fresno Unified — Accord</title>");
		assertThat(page(get("/signin"))).contains("<title>Sign in — Accord</title>");
		assertThat(page(get("/library"))).contains("<title>Resource library — Accord</title>");
	}

	@Test
	void theFooterLeadsToThePublicPagesSignInTheOtherLanguageAndTheApi() throws Exception {
		var footer = footer(page(get("/events")));
		assertThat(footer).contains("href=\"/directory\"")
			.contains("href=\"/events\"")
			.contains("href=\"/library\"")
			.contains(">Sign in or get an account<")
			.contains("href=\"/events?lang=es\"")
			.contains(">Leer en español<")
			.contains("href=\"/api/docs\"")
			// The configured sender is a no-reply address: no one to write to.
			.doesNotContain("mailto:");

		var spanish = footer(page(get("/events").param("lang", "es")));
		assertThat(spanish).contains(">Directorio de LEA<").contains(">Read in English<").contains(">Biblioteca<");
	}

	@Test
	void theSpanishMenuSaysAcompanamientosForCoaching() throws Exception {
		var member = new SignedInUser(new PersonId(1), "member@accord.test", "Member", Role.MEMBER, true, null);
		assertThat(page(get("/").param("lang", "es").with(user(member)))).contains(">Acompañamientos<")
			.doesNotContain(">Coaching<");
		assertThat(page(get("/").param("lang", "en").with(user(member)))).contains(">Coaching<");
	}

	@Test
	void theSignInPageSaysHowToGetAnAccount() throws Exception {
		assertThat(page(get("/signin"))).contains("No account yet?")
			.contains("Accounts are created by the staff of the CA Labor Management Initiative");
		assertThat(page(get("/signin").param("lang", "es"))).contains("¿Aún no tiene cuenta?")
			.contains("Las cuentas las crea el personal");
	}

	@Test
	void surveyRespondentsSeeOnlyTheLanguageSwitchAndAPostAnswerIsMarkedForTheHistory() throws Exception {
		var invalid = page(post("/s/no-such-link").with(csrf()));
		assertThat(invalid).contains("data-after-post=\"true\"")
			.doesNotContain("aria-label=\"Main\"")
			.doesNotContain("href=\"/signin\"")
			.doesNotContain("href=\"/directory\"")
			.contains("hreflang=\"es\"");
		assertThat(invalid.split(">English<", -1)).hasSize(2);

		assertThat(page(get("/s/no-such-link"))).doesNotContain("data-after-post")
			.doesNotContain("aria-label=\"Main\"");
		assertThat(page(get("/events"))).doesNotContain("data-after-post").contains("aria-label=\"Main\"");
	}

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String footer(String page) {
		return page.substring(page.indexOf("<footer"), page.indexOf("</footer>"));
	}

}
