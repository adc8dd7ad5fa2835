package app.accord.networks.dashboard;

import java.time.LocalDate;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.networks.network.NetworkTestData;
import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard answers "how many of our districts have a learning team that meets
 * regularly?" for any day: members are those that had joined and not left by then, and
 * each team is judged by the teams' rule (two meetings in 90 days) on that day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkTestData data;

	long network;

	String steady;

	String leftEarly;

	String lateJoiner;

	String noTeam;

	SignedInUser coordinator;

	@BeforeEach
	void aNetworkWithItsHistory() throws Exception {
		network = data.network("Dashboard");
		coordinator = data.coordinatorOf(network);
		steady = data.freeLea();
		data.join(network, steady, LocalDate.of(2019, 8, 1));
		var steadyTeam = data.team(mvc, steady, data.user("Steady Lead", Role.MEMBER), LocalDate.of(2019, 10, 10),
				LocalDate.of(2019, 11, 20));
		leftEarly = data.freeLea();
		data.join(network, leftEarly, LocalDate.of(2019, 8, 1));
		data.team(mvc, leftEarly, data.user("Early Lead", Role.MEMBER), LocalDate.of(2019, 10, 1),
				LocalDate.of(2019, 10, 20));
		NetworkTestData.as(data.staff(), () -> {
			var service = data.networks();
			var id = service.view(network)
				.members()
				.stream()
				.filter(m -> m.cdsCode().equals(leftEarly))
				.findFirst()
				.orElseThrow()
				.id();
			service.memberLeaves(network, id, LocalDate.of(2019, 11, 30));
			return null;
		});
		noTeam = data.freeLea();
		data.join(network, noTeam, LocalDate.of(2019, 8, 1));
		lateJoiner = data.freeLea();
		data.join(network, lateJoiner, LocalDate.of(2020, 1, 15));
		var held = data.convening("Dashboard convening " + System.nanoTime(), LocalDate.of(2019, 11, 5));
		data.link(network, held);
		data.attend(held, steadyTeam, 3, 2);
		var ahead = data.convening("Later convening " + System.nanoTime(), LocalDate.of(2020, 2, 5));
		data.link(network, ahead);
	}

	@Test
	void theShareCountsMembersOnThatDayAndTheTeamsRuleOnThatDay() throws Exception {
		// 15 Dec 2019: the steady team met twice in 90 days; the LEA that left and the
		// late joiner do not count.
		mvc.perform(get("/api/v1/networks/{id}/dashboard", network).param("asOf", "2019-12-15").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberCount").value(2))
			.andExpect(jsonPath("$.meetingRegularlyCount").value(1))
			.andExpect(jsonPath("$.meetingRegularlyShare").value(0.5))
			.andExpect(jsonPath("$.members[?(@.leaCdsCode == '%s')].meetingRegularly", steady).value(true))
			.andExpect(jsonPath("$.members[?(@.leaCdsCode == '%s')].lastMeeting", steady).value("2019-11-20"))
			.andExpect(jsonPath("$.members[?(@.leaCdsCode == '%s')].conveningsAttended", steady).value(1))
			.andExpect(jsonPath("$.members[?(@.leaCdsCode == '%s')].hasTeam", noTeam).value(false))
			.andExpect(content().string(not(containsString(leftEarly))))
			.andExpect(content().string(not(containsString(lateJoiner))));
		// 31 Oct 2019: the LEA that left later was still a member and met twice; the
		// steady team only once.
		mvc.perform(get("/api/v1/networks/{id}/dashboard", network).param("asOf", "2019-10-31").with(user(coordinator)))
			.andExpect(jsonPath("$.memberCount").value(3))
			.andExpect(jsonPath("$.meetingRegularlyCount").value(1))
			.andExpect(jsonPath("$.members[?(@.leaCdsCode == '%s')].meetingRegularly", leftEarly).value(true))
			.andExpect(jsonPath("$.members[?(@.leaCdsCode == '%s')].meetingRegularly", steady).value(false));
		// 30 Mar 2020: nobody met in the last 90 days; the late joiner counts now.
		mvc.perform(get("/api/v1/networks/{id}/dashboard", network).param("asOf", "2020-03-30").with(user(coordinator)))
			.andExpect(jsonPath("$.memberCount").value(3))
			.andExpect(jsonPath("$.meetingRegularlyCount").value(0))
			.andExpect(jsonPath("$.meetingRegularlyShare").value(0.0));
	}

	@Test
	void thePageShowsTheShareAndOnlyTheFiguresWhenHtmxAsksForAnotherDay() throws Exception {
		mvc.perform(get("/networks/{id}/dashboard", network).param("asOf", "2019-12-15").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("50%")))
			.andExpect(content()
				.string(containsString("1 of 2 member LEAs had a learning team meeting regularly on 2019-12-15.")))
			.andExpect(content().string(containsString("1 convening is scheduled after that day.")));
		mvc.perform(get("/networks/{id}/dashboard", network).param("asOf", "2019-10-31")
			.header("HX-Request", "true")
			.with(user(coordinator)))
			.andExpect(content().string(containsString("1 of 3 member LEAs")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theDashboardExportsAsCsvXlsxAndAOnePagePdf() throws Exception {
		var csv = mvc
			.perform(get("/networks/{id}/dashboard/export", network).param("asOf", "2019-12-15")
				.param("format", "csv")
				.with(user(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(data.leaName(steady)).contains("2019-11-20").doesNotContain(data.leaName(leftEarly));
		var xlsx = mvc
			.perform(get("/networks/{id}/dashboard/export", network).param("format", "xlsx").with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
		var text = pdfText(network, coordinator);
		// Long names are cut to the column with an ellipsis.
		var name = data.leaName(steady);
		assertThat(text).contains("50%").contains("(1 of 2)").contains(name.substring(0, Math.min(20, name.length())));
	}

	@Test
	void theFundersPdfPrintsVietnamesePolishGreekAndCyrillicNamesAndMarksWhatItCannotDraw() throws Exception {
		var named = data.network("Nguyễn Thị Ánh · Łukasz Żółć · Γιώργος · Дмитрий 王😀");
		var text = pdfText(named, data.coordinatorOf(named));
		assertThat(text).contains("Nguyễn Thị Ánh · Łukasz Żółć · Γιώργος · Дмитрий ??");
	}

	/** The funders' PDF as of 15 Dec 2019, one page, as text. */
	private String pdfText(long network, SignedInUser reader) throws Exception {
		var pdf = mvc
			.perform(get("/networks/{id}/dashboard/export", network).param("asOf", "2019-12-15")
				.param("format", "pdf")
				.with(user(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theMapShowsTheMembersAndHighlightsTheHub() throws Exception {
		mvc.perform(get("/networks/{id}/map", network).with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lea-dot highlighted")))
			.andExpect(content().string(containsString(data.leaName(steady))));
	}

	@Test
	void theApiAddsAMemberAndSaysWhichOtherNetworksItBelongsTo() throws Exception {
		var other = data.network("Other");
		var lea = data.freeLea();
		data.join(other, lea, LocalDate.of(2019, 1, 1));
		var response = mvc
			.perform(post("/api/v1/networks/{id}/members", network).with(user(coordinator))
				.contentType("application/json")
				.content("{\"leaCdsCode\":\"" + lea + "\",\"joinedOn\":\"2019-09-01\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<java.util.List<String>>read(response, "$.alsoMemberOf")).hasSize(1);
		mvc.perform(post("/api/v1/networks/{id}/members", network).with(user(coordinator))
			.contentType("application/json")
			.content("{\"leaCdsCode\":\"" + lea + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("leaCdsCode"))
			.andExpect(jsonPath("$.detail").value(containsString("already a member")));
	}

}
