package app.accord.directory.organizations;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff keep the partner organizations; names are unique in any case; others are kept
 * out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffAddAnOrganizationAndASecondWithTheSameNameIsRefused() throws Exception {
		var name = "Consortium " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/staff/organizations").with(user("staff").roles("STAFF"))
			.with(csrf())
			.param("name", name)
			.param("shortName", "CEC")
			.param("kind", "CONSULTING_PARTNER")
			.param("website", "https://cec.example.org")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/organizations").with(user("staff").roles("STAFF"))
			.with(csrf())
			.param("name", name.toUpperCase())
			.param("kind", "FUNDER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An organization with this name exists already.")));
		mvc.perform(post("/staff/organizations").with(user("staff").roles("STAFF"))
			.with(csrf())
			.param("name", "No kind")
			.param("website", "not a link"))
			.andExpect(content().string(containsString("Choose what kind of organization it is.")))
			.andExpect(content().string(containsString("Enter an address starting with https://")));
		assertThat(jdbc.queryForObject("select count(*) from directory_organization where lower(name) = lower(?)",
				Integer.class, name))
			.isEqualTo(1);
		mvc.perform(get("/staff/organizations").with(user("staff").roles("STAFF")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Consulting partner")));
	}

	@Test
	void onlyStaffReachThePage() throws Exception {
		mvc.perform(get("/staff/organizations").with(user("member").roles("MEMBER"))).andExpect(status().isForbidden());
	}

}
