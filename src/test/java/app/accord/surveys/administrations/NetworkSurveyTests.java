package app.accord.surveys.administrations;

import app.accord.surveys.SurveyTestData;

import java.time.LocalDate;
import java.util.List;

import app.accord.accounts.SignedInUser;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A survey fielded to a regional network: every member on the opening day is listed (and
 * only they), its report is the network's roll-up, each LEA's report is compared with the
 * network, and the network's coordinator reads its reports while another network's
 * coordinator does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkSurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	JdbcTemplate jdbc;

	SignedInUser staff;

	long network;

	List<String> members;

	@BeforeEach
	void aNetworkOfThree() throws Exception {
		staff = data.staff();
		network = network("Survey Network");
		members = List.of(data.leaAt(700), data.leaAt(701), data.leaAt(702));
		for (var lea : members) {
			mvc.perform(post("/api/v1/networks/{id}/members", network).with(user(staff))
				.contentType("application/json")
				.content("{\"leaCdsCode\":\"%s\",\"joinedOn\":\"2020-01-01\"}".formatted(lea)))
				.andExpect(status().isCreated());
		}
	}

	private long network(String name) throws Exception {
		var hub = jdbc.queryForObject("select min(cds_code) from directory_lea where type = 'county-office'",
				String.class);
		var created = mvc
			.perform(post("/api/v1/networks").with(user(staff))
				.contentType("application/json")
				.content("""
						{"name":"%s %d","hubCdsCode":"%s","region":"central-valley","firstSchoolYear":2020}"""
					.formatted(name, System.nanoTime(), hub)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private SignedInUser coordinatorOf(long network) throws Exception {
		var coordinator = data.coordinator("Survey Coordinator");
		mvc.perform(post("/networks/{id}/coordinators", network).with(user(staff))
			.with(csrf())
			.param("coordinatorEmail", coordinator.email())).andExpect(status().is3xxRedirection());
		return coordinator;
	}

	private String body(List<String> leas) {
		var lines = String.join(",", leas.stream().map("{\"cdsCode\":\"%s\",\"headcount\":40}"::formatted).toList());
		return """
				{"instrumentId":%d,"title":"Network survey %d","opensOn":"%s","closesOn":"%s","networkId":%d,
				 "leas":[%s]}""".formatted(data.starterInstrument(), System.nanoTime(), LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(10), network, lines);
	}

	@Test
	void everyMemberAndOnlyMembersMustBeListedWithTheirHeadcounts() throws Exception {
		var before = jdbc.queryForObject("select count(*) from survey_administration", Integer.class);
		mvc.perform(post("/api/v1/surveys/administrations").with(user(staff))
			.contentType("application/json")
			.content(body(members.subList(0, 2))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(members.get(2))));
		var stranger = data.leaAt(703);
		mvc.perform(post("/api/v1/surveys/administrations").with(user(staff))
			.contentType("application/json")
			.content(body(List.of(members.get(0), members.get(1), members.get(2), stranger))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(stranger)));
		assertThat(jdbc.queryForObject("select count(*) from survey_administration", Integer.class))
			.as("nothing half-saved")
			.isEqualTo(before);

		mvc.perform(post("/api/v1/surveys/administrations").with(user(staff))
			.contentType("application/json")
			.content(body(members))).andExpect(status().isCreated());
	}

	@Test
	void staffFillInTheMembersOnTheFormThenTypeHeadcounts() throws Exception {
		mvc.perform(post("/staff/surveys/administrations").with(user(staff))
			.with(csrf())
			.param("fill", "1")
			.param("instrumentId", String.valueOf(data.starterInstrument()))
			.param("title", "Network form survey")
			.param("opensOn", LocalDate.now().toString())
			.param("closesOn", LocalDate.now().plusDays(7).toString())
			.param("networkId", String.valueOf(network))
			.param("leas", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(members.get(0) + ", # ")))
			.andExpect(content().string(containsString(members.get(2) + ", # ")));

		var lines = String.join("\n", members.stream().map(lea -> lea + ", 25 # a note").toList());
		mvc.perform(post("/staff/surveys/administrations").with(user(staff))
			.with(csrf())
			.param("instrumentId", String.valueOf(data.starterInstrument()))
			.param("title", "Network form survey")
			.param("opensOn", LocalDate.now().toString())
			.param("closesOn", LocalDate.now().plusDays(7).toString())
			.param("networkId", String.valueOf(network))
			.param("leas", lines)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(
				"select count(*) from survey_administration_lea l join survey_administration a on a.id = l.administration_id "
						+ "where a.network_id = ? and l.headcount = 25",
				Integer.class, network))
			.isEqualTo(3);
	}

	@Test
	void theCoordinatorReadsTheRollUpAndEachLeaComparedWithTheNetwork() throws Exception {
		var created = mvc
			.perform(post("/api/v1/surveys/administrations").with(user(staff))
				.contentType("application/json")
				.content(body(members)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long administration = ((Number) JsonPath.read(created, "$.id")).longValue();
		for (var lea : members) {
			for (var i = 0; i < 6; i++) {
				data.respond(administration, lea, "CERTIFICATED", lea.equals(members.get(0)) ? 5 : 2, null);
			}
		}
		var coordinator = coordinatorOf(network);
		var outsider = coordinatorOf(network("Other Network"));

		mvc.perform(get("/surveys/administrations/{id}/report", administration).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("N = 18 of 120 staff")));
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", members.get(0))
			.with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Network (all member LEAs)")));
		mvc.perform(get("/surveys").with(user(coordinator)))
			.andExpect(content().string(containsString("/surveys/administrations/" + administration + "/report")));

		mvc.perform(get("/surveys/administrations/{id}/report", administration).with(user(outsider)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", members.get(0))
			.with(user(outsider))).andExpect(status().isForbidden());
		mvc.perform(get("/surveys").with(user(outsider)))
			.andExpect(content().string(not(containsString("/surveys/administrations/" + administration + "/"))));
	}

}
