package app.accord.insights;

import java.util.Locale;

import app.accord.ModuleClasses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The insights module booted alone (with the shared module): anyone gets the public home
 * page, in English or Spanish, with the three tiers of support and the ways to explore.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
// Which pages are public is the accounts module's security chain, not booted here.
@AutoConfigureMockMvc(addFilters = false)
class InsightsModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("insights", "shared");
	}

	@Test
	void anyoneGetsTheHomePageInTheirLanguage() throws Exception {
		for (var locale : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("es") }) {
			var heading = messages.getMessage("home.heading", null, locale);
			var universal = messages.getMessage("home.tier.universal", null, locale);
			assertThat(heading).isNotBlank();
			mvc.perform(get("/").locale(locale).header("Accept-Language", locale.toLanguageTag()))
				.andExpect(status().isOk())
				.andExpect(view().name("insights/home"))
				.andExpect(content().string(containsString(heading)))
				.andExpect(content().string(containsString(universal)))
				.andExpect(content().string(containsString("href=\"/directory\"")))
				.andExpect(content().string(containsString("href=\"/map\"")));
		}
		assertThat(messages.getMessage("home.heading", null, Locale.ENGLISH))
			.isNotEqualTo(messages.getMessage("home.heading", null, Locale.forLanguageTag("es")));
	}

}
