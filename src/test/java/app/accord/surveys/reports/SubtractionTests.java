package app.accord.surveys.reports;

import app.accord.surveys.SurveyTestData;
import app.accord.surveys.instruments.ItemKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.accord.accounts.SignedInUser;
import com.jayway.jsonpath.JsonPath;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A reader who takes a wider report and subtracts the narrower ones shown beside it must
 * never be left with fewer respondents than the reporting minimum: the whole
 * administration (or the network) minus its shown LEAs, an LEA's statewide figures minus
 * its shown administrations, the state minus the administrations.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubtractionTests {

	static final String ITEM = "LMC_PROBLEM_SOLVING";

	@Autowired
	MockMvc mvc;

	@Autowired
	SurveyTestData data;

	@Autowired
	SurveyReports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theWholeSurveyMinusTheShownLeasNeverLeavesTheThreeRespondentsOfTheSmallestLea() throws Exception {
		var staff = data.staff();
		var members = List.of(data.leaAt(760), data.leaAt(761), data.leaAt(762));
		var network = network(staff, members);
		var administration = networkAdministration(staff, network, members);
		var values = List.of(5, 4, 1);
		var sizes = List.of(19, 7, 3);
		for (var i = 0; i < 3; i++) {
			for (var n = 0; n < sizes.get(i); n++) {
				data.respond(administration, members.get(i), "CERTIFICATED", values.get(i), null);
			}
		}
		var coordinator = data.coordinator("Subtraction Coordinator");
		mvc.perform(post("/networks/{id}/coordinators", network).with(user(staff))
			.with(csrf())
			.param("coordinatorEmail", coordinator.email())).andExpect(status().is3xxRedirection());

		for (var reader : List.of(staff, coordinator)) {
			var whole = item(apiReport(reader, administration, null));
			assertThat(whole.n()).as("the whole survey is shown").isEqualTo(29);
			var rest = new ArrayList<>(whole.distribution());
			var left = whole.n();
			for (var lea : members) {
				var shown = item(apiReport(reader, administration, lea));
				if (shown.n() != null) {
					left -= shown.n();
					for (var point = 0; point < rest.size(); point++) {
						rest.set(point, rest.get(point) - shown.distribution().get(point));
					}
				}
			}
			assertThat(left).as("what subtracting the shown LEAs leaves, read by %s", reader.role())
				.satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
			assertThat(rest).as("the smallest LEA's answers").isNotEqualTo(List.of(3L, 0L, 0L, 0L, 0L));
		}

		// The LEA hidden to protect the smallest says so on its page; the largest is
		// shown with the network (19 against 29: 10 others).
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", members.get(1))
			.with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("would let the figures of a smaller one be worked out")))
			.andExpect(content().string(not(containsString("Network (all member LEAs)"))));
		mvc.perform(get("/surveys/administrations/{id}/report", administration).param("lea", members.get(0))
			.with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Network (all member LEAs)")));

		// Their only administration: the statewide figures of the two hidden LEAs are
		// empty, those of the largest are its 19.
		for (var hidden : members.subList(1, 3)) {
			mvc.perform(get("/staff/surveys/statewide").param("lea", hidden).with(user(staff)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("no figures are shown")));
		}
		var largest = SurveyTestData.asStaff(() -> reports.statewide(members.get(0), Breakdown.NONE, Locale.ENGLISH));
		assertThat(itemOf(largest).total().n()).isEqualTo(19);
	}

	/**
	 * Two LEAs: two classified staff (and six administrators, hidden beside them) in one,
	 * six classified staff in the other. The administration's 8 classified minus the
	 * other LEA's 6 would be the first LEA's 2.
	 */
	@Test
	void theAdministrationsRoleGroupsMinusEachLeasNeverLeaveTheTwoOfOneLea() throws Exception {
		var staff = data.staff();
		var first = data.leaAt(770);
		var second = data.leaAt(771);
		var administration = data.openAdministration(Map.of(first, 40, second, 40));
		var answers = Map.of(first, Map.of("CERTIFICATED", 10, "ADMINISTRATOR", 6, "CLASSIFIED", 2), second,
				Map.of("CERTIFICATED", 10, "CLASSIFIED", 6));
		answers.forEach((lea, groups) -> groups.forEach((role, n) -> {
			for (var i = 0; i < n; i++) {
				data.respond(administration, lea, role, "CLASSIFIED".equals(role) ? 1 : 4,
						lea.equals(first) && "CLASSIFIED".equals(role) ? "said by one of the two" : null);
			}
		}));
		var whole = apiReport(staff, administration, null, "role");
		for (var role : List.of("CERTIFICATED", "CLASSIFIED", "ADMINISTRATOR")) {
			var left = groupN(whole, role);
			var cell = cellN(whole, role);
			for (var lea : List.of(first, second)) {
				var report = apiReport(staff, administration, lea, "role");
				if (left != null && groupN(report, role) != null) {
					left -= groupN(report, role);
				}
				if (cell != null && cellN(report, role) != null) {
					cell -= cellN(report, role);
				}
			}
			for (var rest : java.util.Arrays.asList(left, cell)) {
				assertThat(rest).as("the whole administration's %s minus the LEAs showing them", role)
					.satisfiesAnyOf(n -> assertThat(n).isNull(), n -> assertThat(n).isZero(),
							n -> assertThat(n).isGreaterThanOrEqualTo(5));
			}
		}
		assertThat(groupN(whole, "CLASSIFIED")).as("classified staff in the whole administration").isNull();
		assertThat(groupN(whole, "CERTIFICATED")).as("certificated staff, shown by both LEAs").isEqualTo(20);
		// Not as a comment either, with or without the breakdown.
		for (var group : List.of("role", "")) {
			assertThat(apiReport(staff, administration, null, group)).doesNotContain("said by one of the two");
		}
		mvc.perform(get("/surveys/administrations/{id}/report.csv", administration).param("group", "role")
			.with(user(staff))).andExpect(status().isOk()).andExpect(content().string(containsString("Certificated")));
	}

	private static Long groupN(String json, String role) {
		List<Number> n = JsonPath.read(json, "$.groups[?(@.group == '" + role + "')].n");
		return n.isEmpty() || n.get(0) == null ? null : n.get(0).longValue();
	}

	private static Long cellN(String json, String role) {
		List<Number> n = JsonPath.read(json,
				"$.items[?(@.code == '" + ITEM + "')].groups[?(@.group == '" + role + "')].n");
		return n.isEmpty() || n.get(0) == null ? null : n.get(0).longValue();
	}

	private String apiReport(SignedInUser reader, long administration, String lea, String group) throws Exception {
		var request = get("/api/v1/surveys/administrations/{id}/report", administration).with(user(reader))
			.param("group", group);
		if (lea != null) {
			request = request.param("lea", lea);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anLeasStatewideFiguresLeaveOutTheAdministrationsWhereItIsHidden() {
		var lea = data.leaAt(765);
		var small = data.openAdministration(Map.of(lea, 30));
		var large = data.openAdministration(Map.of(lea, 30));
		for (var i = 0; i < 3; i++) {
			data.respond(small, lea, "CERTIFICATED", 1, "from the small survey");
		}
		for (var i = 0; i < 10; i++) {
			data.respond(large, lea, "CERTIFICATED", 5, null);
		}
		var statewide = SurveyTestData.asStaff(() -> reports.statewide(lea, Breakdown.NONE, Locale.ENGLISH));
		var shown = SurveyTestData.asStaff(() -> reports.administration(large, lea, Breakdown.NONE, Locale.ENGLISH));
		assertThat(itemOf(statewide).total().n() - itemOf(shown).total().n())
			.as("the statewide figures minus the shown administration")
			.satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
		assertThat(statewide.responses()).isEqualTo(10);
		assertThat(itemOf(statewide).total().distribution()).containsExactly(0L, 0L, 0L, 0L, 10L);
		assertThat(statewide.items()
			.stream()
			.filter(item -> item.kind() == ItemKind.TEXT)
			.flatMap(item -> item.comments().stream())).doesNotContain("from the small survey");
	}

	@Test
	void theStatewideFiguresLeaveOutAnAdministrationUnderTheMinimum() {
		var lea = data.leaAt(766);
		var tiny = data.openAdministration(Map.of(lea, 30));
		var before = statewideResponses();
		for (var i = 0; i < 3; i++) {
			data.respond(tiny, lea, "CERTIFICATED", 1, null);
		}
		assertThat(statewideResponses()).as("the state minus the other administrations would be these 3")
			.isEqualTo(before);
		for (var i = 0; i < 2; i++) {
			data.respond(tiny, lea, "CERTIFICATED", 1, null);
		}
		assertThat(statewideResponses()).isEqualTo(before + 5);
	}

	private long statewideResponses() {
		return SurveyTestData.asStaff(() -> reports.statewide(null, Breakdown.NONE, Locale.ENGLISH)).responses();
	}

	private static Report.ItemResult itemOf(Report report) {
		return report.items().stream().filter(i -> i.code().equals(ITEM)).findFirst().orElseThrow();
	}

	record Figures(Long n, List<Long> distribution) {
	}

	private Figures item(String json) {
		List<Map<String, Object>> items = JsonPath.read(json, "$.items[?(@.code == '" + ITEM + "')]");
		if (items.isEmpty() || Boolean.TRUE.equals(items.get(0).get("suppressed"))) {
			return new Figures(null, List.of());
		}
		List<Number> distribution = JsonPath.read(json, "$.items[?(@.code == '" + ITEM + "')].distribution[*]");
		return new Figures(((Number) items.get(0).get("n")).longValue(),
				distribution.stream().map(Number::longValue).toList());
	}

	private String apiReport(SignedInUser reader, long administration, String lea) throws Exception {
		var request = get("/api/v1/surveys/administrations/{id}/report", administration).with(user(reader));
		if (lea != null) {
			request = request.param("lea", lea);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long network(SignedInUser staff, List<String> members) throws Exception {
		var hub = jdbc.queryForObject("select min(cds_code) from directory_lea where type = 'county-office'",
				String.class);
		var created = mvc
			.perform(post("/api/v1/networks").with(user(staff))
				.contentType("application/json")
				.content(
						"""
								{"name":"Subtraction Network %d","hubCdsCode":"%s","region":"central-valley","firstSchoolYear":2020}"""
							.formatted(System.nanoTime(), hub)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long network = ((Number) JsonPath.read(created, "$.id")).longValue();
		for (var lea : members) {
			mvc.perform(post("/api/v1/networks/{id}/members", network).with(user(staff))
				.contentType("application/json")
				.content("{\"leaCdsCode\":\"%s\",\"joinedOn\":\"2020-01-01\"}".formatted(lea)))
				.andExpect(status().isCreated());
		}
		return network;
	}

	private long networkAdministration(SignedInUser staff, long network, List<String> members) throws Exception {
		var lines = String.join(",", members.stream().map("{\"cdsCode\":\"%s\",\"headcount\":40}"::formatted).toList());
		var created = mvc.perform(post("/api/v1/surveys/administrations").with(user(staff))
			.contentType("application/json")
			.content("""
					{"instrumentId":%d,"title":"Subtraction survey %d","opensOn":"%s","closesOn":"%s","networkId":%d,
					 "leas":[%s]}""".formatted(data.starterInstrument(), System.nanoTime(),
					LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), network, lines)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

}
