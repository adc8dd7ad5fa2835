package app.accord.networks.network;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The networks API with a staff member's bearer token. */
@SpringBootTest
@AutoConfigureMockMvc
class NetworksApiTests {

	static final String TOKEN = "Bearer test-bootstrap-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkTestData data;

	@Test
	void staffCreateAndListNetworksAndABadHubIsRefusedWithItsField() throws Exception {
		var name = "API Network " + UUID.randomUUID().toString().substring(0, 8);
		var before = data.count("select count(*) from network");
		mvc.perform(post("/api/v1/networks").header("Authorization", TOKEN)
			.contentType("application/json")
			.content("""
					{"name":"%s","hubCdsCode":"%s","region":"northern-california","firstSchoolYear":2018}"""
				.formatted(name, data.freeLea())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("hubCdsCode"))
			.andExpect(jsonPath("$.detail").value(containsString("is not a county office of education")));
		mvc.perform(post("/api/v1/networks").header("Authorization", TOKEN)
			.contentType("application/json")
			.content("""
					{"name":"%s","hubCdsCode":"%s","region":"nowhere","firstSchoolYear":2018}""".formatted(name,
					data.countyOffice())))
			.andExpect(status().isBadRequest());
		assertThat(data.count("select count(*) from network")).isEqualTo(before);

		mvc.perform(post("/api/v1/networks").header("Authorization", TOKEN).contentType("application/json").content("""
				{"name":"%s","hubCdsCode":"%s","region":"northern-california","firstSchoolYear":2018,
				 "lastSchoolYear":2019}""".formatted(name, data.countyOffice())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/networks/")));
		mvc.perform(get("/api/v1/networks").header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(name)))
			.andExpect(jsonPath("$[?(@.name == '%s')].schoolYears", name).value("2018-19 – 2019-20"));
	}

	@Test
	void anEngagementAmountBeyondTenMillionDollarsIsRefusedNotStoredAsAnotherNumber() throws Exception {
		var lea = data.freeLea();
		var partner = data.consultingPartner();
		var before = data.count("select count(*) from coaching_engagement");
		for (var amount : new String[] { "1e20", "1e308", "10000000.01", "12.345", "-5" }) {
			mvc.perform(post("/api/v1/engagements").header("Authorization", TOKEN)
				.contentType("application/json")
				.content("""
						{"leaCdsCode":"%s","organizationId":%d,"goals":"Sample goals","sessionsPlanned":4,
						 "startsOn":"2026-09-01","endsOn":"2027-06-30","amount":%s}""".formatted(lea, partner, amount)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("amount"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("10,000,000.00")));
		}
		mvc.perform(
				post("/api/v1/engagements").header("Authorization", TOKEN).contentType("application/json").content("""
						{"leaCdsCode":"%s","organizationId":%d,"goals":"Sample goals","sessionsPlanned":4,
						 "startsOn":"0001-09-01","endsOn":"2027-06-30","amount":1500}""".formatted(lea, partner)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"));
		assertThat(data.count("select count(*) from coaching_engagement")).isEqualTo(before);
	}

}
