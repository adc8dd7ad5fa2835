package app.accord.surveys.administrations;

import app.accord.surveys.SurveyTestData;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff field a survey by form, see its links and QR codes, and read the item bank. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffSurveyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStaffPageListsTheStarterInstrumentAndTheItemBankInBothLanguages() throws Exception {
		mvc.perform(get("/staff/surveys").with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Labor-management collaboration staff survey")))
			.andExpect(content()
				.string(containsString("My team has been empowered to collaboratively shape team priorities")))
			.andExpect(content().string(containsString("Mi equipo fomenta la participación")));
		mvc.perform(get("/staff/surveys/instruments/{id}", data.starterInstrument()).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"I am able to express my opinions about improving existing team processes/work products")))
			.andExpect(content().string(containsString("(comparison group)")));
		mvc.perform(get("/staff").with(user(data.staff())))
			.andExpect(content().string(containsString("href=\"/staff/surveys\"")));
	}

	@Test
	void badInputIsShownNextToItsFieldAndWhatWasTypedIsKept() throws Exception {
		mvc.perform(post("/staff/surveys/administrations").with(user(data.staff()))
			.with(csrf())
			.param("instrumentId", String.valueOf(data.starterInstrument()))
			.param("title", "Spring <b>survey</b>")
			.param("opensOn", "2030-03-10")
			.param("closesOn", "2030-03-01")
			.param("leas", "99999999999999, 40"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The closing day must be on or after the opening day.")))
			.andExpect(content().string(containsString("value=\"Spring &lt;b&gt;survey&lt;/b&gt;\"")))
			.andExpect(content().string(containsString("99999999999999, 40")));
		mvc.perform(post("/staff/surveys/administrations").with(user(data.staff()))
			.with(csrf())
			.param("instrumentId", String.valueOf(data.starterInstrument()))
			.param("title", "Spring survey")
			.param("opensOn", "2030-03-01")
			.param("closesOn", "2030-03-10")
			.param("leas", "99999999999999, 40"))
			.andExpect(content().string(containsString("No LEA has the CDS code 99999999999999.")))
			.andExpect(content().string(containsString("id=\"leas-error\"")));
		mvc.perform(post("/staff/surveys/administrations").with(user(data.staff()))
			.with(csrf())
			.param("instrumentId", String.valueOf(data.starterInstrument()))
			.param("title", "Spring survey")
			.param("opensOn", "2030-03-01")
			.param("closesOn", "2030-03-10")
			.param("leas", data.anyLeas(1).get(0) + ", many"))
			.andExpect(content().string(containsString("Line 1 should read: CDS code, head-count[, site; site].")));
	}

	@Test
	void aDayTypedAsWordsKeepsTheFieldingFormAsTyped() throws Exception {
		for (var button : new String[] { "create", "fill" }) {
			var request = post("/staff/surveys/administrations").with(user(data.staff()))
				.with(csrf())
				.param("instrumentId", String.valueOf(data.starterInstrument()))
				.param("title", "Autumn climate survey")
				.param("opensOn", "first of March")
				.param("closesOn", "2030-03-10")
				.param("leas", "Typed lines, 40");
			if (button.equals("fill")) {
				request.param("fill", "");
			}
			mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"Autumn climate survey\"")))
				.andExpect(content().string(containsString("value=\"first of March\"")))
				.andExpect(content().string(containsString("value=\"2030-03-10\"")))
				.andExpect(content().string(containsString("Typed lines, 40")));
		}
	}

	@Test
	void staffFieldASurveyAndSeeEachLeasLinkAndQrCode() throws Exception {
		var leas = data.anyLeas(2);
		var result = mvc
			.perform(post("/staff/surveys/administrations").with(user(data.staff()))
				.with(csrf())
				.param("instrumentId", String.valueOf(data.starterInstrument()))
				.param("title", "Fall staff survey")
				.param("opensOn", "2030-09-01")
				.param("closesOn", "2030-09-30")
				.param("leas", leas.get(0) + ", 120, North Elementary; South Middle\n" + leas.get(1) + ", 45"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/staff/surveys/administrations/*"))
			.andReturn();
		var location = result.getResponse().getRedirectedUrl();
		var id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var token = data.link(id, leas.get(0));
		assertThat(token).hasSizeGreaterThanOrEqualTo(43);
		mvc.perform(get(location).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/s/" + token)))
			.andExpect(content().string(containsString("North Elementary")))
			.andExpect(content().string(containsString("Not yet open")));
		mvc.perform(
				get("/staff/surveys/administrations/{id}/leas/{lea}/qr.svg", id, leas.get(0)).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("image/svg+xml")))
			.andExpect(content().string(startsWith("<svg")));
		mvc.perform(get("/s/{t}", token)).andExpect(content().string(containsString("This survey opens on")));
		mvc.perform(get("/staff/surveys").with(user(data.staff())))
			.andExpect(content().string(containsString("Fall staff survey")));
	}

	@Test
	void staffPagesAreForStaffOnly() throws Exception {
		mvc.perform(get("/staff/surveys").with(user(data.person("Curious Member")))).andExpect(status().isForbidden());
		var lea = data.anyLeas(1).get(0);
		var id = data.openAdministration(Map.of(lea, 10));
		mvc.perform(get("/staff/surveys/administrations/{id}/leas/{lea}/qr.svg", id, lea))
			.andExpect(status().is3xxRedirection());
	}

}
