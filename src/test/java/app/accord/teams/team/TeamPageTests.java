package app.accord.teams.team;

import java.time.LocalDate;
import java.time.ZoneId;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.assessment.Practice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TeamPageTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSavedChangeIsAnnouncedOnceOnTheTeamPage() throws Exception {
		var coLead = data.person("Flash Lead");
		var team = data.teamLedBy(coLead);
		var renamed = mvc
			.perform(post("/teams/{id}/name", team).with(user(coLead)).with(csrf()).param("name", "Flash Team"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		var page = mvc.perform(get("/teams/{id}", team).with(user(coLead)).cookie(renamed.getCookies()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.split("The team&#39;s name was saved.", -1)).as("times the page says it").hasSize(2);
	}

	@Test
	void theTeamPageShowsWhatTheCompositionLacksAndTheMeetingStatus() throws Exception {
		var coLead = data.person("Page Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(get("/teams/{id}", team).with(user(coLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Missing minimum roles")))
			.andExpect(content().string(containsString("Certificated union president")))
			.andExpect(content().string(containsString("0 labor, 1 management (0% labor)")))
			.andExpect(content().string(containsString("Not meeting regularly")))
			.andExpect(content().string(containsString("Log a meeting")));
	}

	@Test
	void theTeamPageSpeaksSpanish() throws Exception {
		var coLead = data.person("Pagina Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(get("/teams/{id}", team).with(user(coLead)).header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Faltan estos cargos mínimos")));
	}

	@Test
	void aCoLeadAddsAMemberInlineWithHtmxAndGetsTheRosterBack() throws Exception {
		var coLead = data.person("Htmx Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(addMember(team, coLead).header("HX-Request", "true")
			.param("name", "Ursula Union")
			.param("email", TeamTestData.freshEmail("ursula"))
			.param("role", "CLASSIFIED_UNION_PRESIDENT")
			.param("side", "LABOR")
			.param("organization", "CSEA Chapter 123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"roster\"")))
			.andExpect(content().string(containsString("Ursula Union")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void withoutJavaScriptAddingAMemberRedirectsToTheTeam() throws Exception {
		var coLead = data.person("Plain Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(addMember(team, coLead).param("name", "Bob Board")
			.param("role", "BOARD_MEMBER")
			.param("side", "MANAGEMENT")).andExpect(redirectedUrl("/teams/" + team));
	}

	@Test
	void badMemberInputIsExplainedNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
		var coLead = data.person("Careful Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(addMember(team, coLead).param("name", "Typed Name")
			.param("email", "not-an-email")
			.param("role", "")
			.param("side", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("memberForm", "email", "role", "side"))
			.andExpect(content().string(containsString("Typed Name")))
			.andExpect(content().string(containsString("Enter an email address like")))
			.andExpect(content().string(containsString("Choose a role.")))
			.andExpect(content().string(containsString("Choose labor or management.")));
		mvc.perform(addMember(team, coLead).param("name", "Typed Name").param("role", "EMPEROR").param("side", "LABOR"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("memberForm", "role"))
			.andExpect(content().string(containsString("Choose a role from the list.")));
		mvc.perform(addMember(team, coLead).param("name", "Future Person")
			.param("role", "OTHER")
			.param("side", "LABOR")
			.param("joinedOn", TODAY.plusDays(3).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("memberForm", "joinedOn"))
			.andExpect(content().string(containsString("cannot be in the future")));
		assertThat(jdbc.queryForObject("select count(*) from team_membership where team_id = ?", Integer.class, team))
			.isEqualTo(1);
	}

	@Test
	void aLeavingDateBeforeJoiningIsExplainedAndTheMemberStays() throws Exception {
		var coLead = data.person("Leave Lead");
		var team = data.teamLedBy(coLead);
		var member = data.addMember(team, data.person("Stay Put"), MemberRole.PRINCIPAL, Side.MANAGEMENT);
		mvc.perform(post("/teams/{id}/members/{m}/leave", team, member).with(user(coLead))
			.with(csrf())
			.param("leftOn", TeamMother.TODAY.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("leaveForm", "leftOn"))
			.andExpect(content().string(containsString("cannot be before the joining date")));
		mvc.perform(post("/teams/{id}/members/{m}/leave", team, member).with(user(coLead))
			.with(csrf())
			.param("leftOn", TODAY.toString())).andExpect(redirectedUrl("/teams/" + team));
		mvc.perform(get("/teams/{id}", team).with(user(coLead)).param("asOf", TeamMother.TODAY.toString()))
			.andExpect(content().string(containsString("Stay Put")));
	}

	@Test
	void aMeetingLoggedOnThePageAppearsWithItsTopics() throws Exception {
		var coLead = data.person("Log Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(get("/teams/{id}/meetings/new", team).with(user(coLead))).andExpect(status().isOk());
		mvc.perform(post("/teams/{id}/meetings", team).with(user(coLead))
			.with(csrf())
			.param("heldOn", TODAY.plusDays(2).toString())
			.param("laborAttendees", "3")
			.param("managementAttendees", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("meetingForm", "managementAttendees"));
		mvc.perform(post("/teams/{id}/meetings", team).with(user(coLead))
			.with(csrf())
			.param("heldOn", TODAY.plusDays(2).toString())
			.param("laborAttendees", "3")
			.param("managementAttendees", "3")
			.param("topics", "BUDGET"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("meetingForm", "heldOn"));
		mvc.perform(post("/teams/{id}/meetings", team).with(user(coLead))
			.with(csrf())
			.param("heldOn", TODAY.minusDays(1).toString())
			.param("laborAttendees", "3")
			.param("managementAttendees", "4")
			.param("topics", "BUDGET", "SCHOOL_CLIMATE")
			.param("decisions", "Adopt shared norms")).andExpect(redirectedUrlPattern("/teams/" + team + "*"));
		mvc.perform(get("/teams/{id}", team).with(user(coLead)))
			.andExpect(content().string(containsString("Adopt shared norms")))
			.andExpect(content().string(containsString("School climate")))
			.andExpect(content().string(containsString("Last meeting: " + TODAY.minusDays(1))));
	}

	@Test
	void attendeesTypedAsWordsKeepTheMeetingsDayAndEveryOtherFieldAsTyped() throws Exception {
		var coLead = data.person("Typo Lead");
		var team = data.teamLedBy(coLead);
		var day = TODAY.minusDays(4);
		mvc.perform(post("/teams/{id}/meetings", team).with(user(coLead))
			.with(csrf())
			.param("heldOn", day.toString())
			.param("laborAttendees", "abc")
			.param("managementAttendees", "four")
			.param("decisions", "Adopt shared norms"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + day + "\"")))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"four\"")))
			.andExpect(content().string(containsString("Adopt shared norms")))
			.andExpect(content().string(containsString("Enter a whole number from 0 to 1,000.")));
	}

	@Test
	void aMemberWithAnUnknownRoleKeepsTheDayTheyJoined() throws Exception {
		var coLead = data.person("Dates Lead");
		var team = data.teamLedBy(coLead);
		var joined = TODAY.minusDays(30);
		mvc.perform(addMember(team, coLead).param("name", "Typed Name")
			.param("role", "EMPEROR")
			.param("side", "LABOR")
			.param("joinedOn", joined.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a role from the list.")))
			.andExpect(content().string(containsString("value=\"" + joined + "\"")));
	}

	@Test
	void aSelfAssessmentPostedFromTheFormIsChartedPerPractice() throws Exception {
		var coLead = data.person("Chart Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(get("/teams/{id}/assessments/new", team).with(user(coLead))).andExpect(status().isOk());
		var incomplete = post("/teams/{id}/assessments", team).with(user(coLead))
			.with(csrf())
			.param("assessedOn", TODAY.toString())
			.param("stages[SHARED_VISION]", "EMERGING");
		mvc.perform(incomplete)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a stage for each of the seven practices")));
		var complete = post("/teams/{id}/assessments", team).with(user(coLead))
			.with(csrf())
			.param("assessedOn", TODAY.toString());
		for (var practice : Practice.values()) {
			complete.param("stages[" + practice + "]", "DEVELOPING")
				.param("evidence[" + practice + "]", "Seen in minutes");
		}
		mvc.perform(complete).andExpect(redirectedUrlPattern("/teams/" + team + "*"));
		mvc.perform(get("/teams/{id}", team).with(user(coLead)))
			.andExpect(content().string(containsString("stage-bar stage-2")))
			.andExpect(content().string(containsString("Seen in minutes")));
	}

	@Test
	void anUnknownStageIsExplainedAndTheSelfAssessmentKeepsWhatWasTyped() throws Exception {
		var coLead = data.person("Stage Lead");
		var team = data.teamLedBy(coLead);
		var day = TODAY.minusDays(2);
		var tampered = post("/teams/{id}/assessments", team).with(user(coLead))
			.with(csrf())
			.param("assessedOn", day.toString());
		for (var practice : Practice.values()) {
			tampered.param("stages[" + practice + "]", practice == Practice.SHARED_VISION ? "LEGENDARY" : "ESTABLISHED")
				.param("evidence[" + practice + "]", "Evidence for " + practice);
		}
		var page = mvc.perform(tampered)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a stage from the list.")))
			.andExpect(content().string(containsString("value=\"" + day + "\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (var practice : Practice.values()) {
			assertThat(page).contains("Evidence for " + practice);
		}
		assertThat(page.split("value=\"ESTABLISHED\" selected=\"selected\"", -1)).as("practices still established")
			.hasSize(Practice.values().length);
		mvc.perform(get("/teams/{id}", team).with(user(coLead)))
			.andExpect(content().string(not(containsString("Evidence for SHARED_VISION"))));
	}

	@Test
	void aSelfAssessmentDatedInTheYear0001IsRefusedAndKeepsWhatWasTyped() throws Exception {
		var coLead = data.person("Year Lead");
		var team = data.teamLedBy(coLead);
		var assessment = post("/teams/{id}/assessments", team).with(user(coLead))
			.with(csrf())
			.param("assessedOn", "0001-01-01");
		for (var practice : Practice.values()) {
			assessment.param("stages[" + practice + "]", "EMERGING")
				.param("evidence[" + practice + "]", "Noted " + practice);
		}
		mvc.perform(assessment)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date from 1990 to 2100.")))
			.andExpect(content().string(containsString("Noted " + Practice.SHARED_VISION)));
		mvc.perform(get("/teams/{id}", team).with(user(coLead)))
			.andExpect(content().string(not(containsString("Noted " + Practice.SHARED_VISION))));
	}

	@Test
	void aDayTypedAsWordsKeepsEveryStageAndNoteOfTheSelfAssessment() throws Exception {
		var coLead = data.person("Words Lead");
		var team = data.teamLedBy(coLead);
		var typo = post("/teams/{id}/assessments", team).with(user(coLead))
			.with(csrf())
			.param("assessedOn", "last Tuesday");
		for (var practice : Practice.values()) {
			typo.param("stages[" + practice + "]", "EMERGING").param("evidence[" + practice + "]", "Noted " + practice);
		}
		var page = mvc.perform(typo)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date like 2024-09-01.")))
			.andExpect(content().string(containsString("value=\"last Tuesday\"")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Noted " + Practice.COMMUNICATION);
		assertThat(page.split("value=\"EMERGING\" selected=\"selected\"", -1)).as("practices still emerging")
			.hasSize(Practice.values().length + 1);
	}

	@Test
	void myTeamTakesAMemberToTheirTeamAndOffersOthersToStartOne() throws Exception {
		var coLead = data.person("Home Lead");
		var team = data.teamLedBy(coLead);
		mvc.perform(get("/my-team").with(user(coLead))).andExpect(redirectedUrl("/teams/" + team));

		var newcomer = data.person("New Comer");
		mvc.perform(get("/my-team").with(user(newcomer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Start your LEA")));
		mvc.perform(post("/my-team").with(user(newcomer))
			.with(csrf())
			.param("leaCdsCode", "123")
			.param("role", "SUPERINTENDENT")
			.param("side", "MANAGEMENT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("startForm", "leaCdsCode"));
		var lea = data.freeLea();
		mvc.perform(post("/my-team").with(user(newcomer))
			.with(csrf())
			.param("leaCdsCode", lea)
			.param("name", "Newcomer Accord")
			.param("role", "CERTIFICATED_UNION_PRESIDENT")
			.param("side", "LABOR")).andExpect(redirectedUrlPattern("/teams/*"));
		mvc.perform(get("/my-team").with(user(newcomer))).andExpect(redirectedUrlPattern("/teams/*"));
	}

	@Test
	void aMemberKeepsTheirOwnParticipationNeeds() throws Exception {
		var member = data.person("Needs Member");
		mvc.perform(post("/my-team/profile").with(user(member))
			.with(csrf())
			.param("language", "es")
			.param("accessibilityNeeds", "Wheelchair access")
			.param("dietaryNeeds", "Vegetarian")).andExpect(redirectedUrl("/my-team/profile"));
		mvc.perform(get("/my-team/profile").with(user(member)))
			.andExpect(content().string(containsString("Wheelchair access")))
			.andExpect(content().string(containsString("Vegetarian")));
		mvc.perform(post("/my-team/profile").with(user(member)).with(csrf()).param("language", "not a language"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("profileForm"));
	}

	@Test
	void staffChangeTheMeetingRuleOnItsPage() throws Exception {
		var staff = data.staff();
		try {
			mvc.perform(post("/staff/teams/settings").with(user(staff))
				.with(csrf())
				.param("minMeetings", "0")
				.param("windowDays", "90"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("ruleForm", "minMeetings"));
			mvc.perform(post("/staff/teams/settings").with(user(staff))
				.with(csrf())
				.param("minMeetings", "3")
				.param("windowDays", "120")).andExpect(redirectedUrl("/staff/teams/settings"));
			mvc.perform(get("/staff/teams/settings").with(user(staff)))
				.andExpect(content().string(containsString("value=\"120\"")));
		}
		finally {
			jdbc.update("update team_settings set regular_min_meetings = 2, regular_window_days = 90");
		}
	}

	@Test
	void staffExportTheListWithFormulasNeutralised() throws Exception {
		var staff = data.staff();
		var coLead = data.person("Export Lead");
		var team = data.teamLedBy(coLead);
		jdbc.update("update team set name = '=HYPERLINK(\"http://x\")' where id = ?", team);
		// Its county too, so that the team is on the first page when other tests have
		// started a page of teams.
		var county = jdbc.queryForObject("select county from team where id = ?", String.class, team);
		mvc.perform(get("/staff/teams").with(user(staff)).param("complete", "false").param("county", county))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("=HYPERLINK")));
		mvc.perform(get("/staff/teams/export.csv").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("teams.csv")))
			.andExpect(content().string(containsString("'=HYPERLINK")));
		mvc.perform(get("/staff/teams/export.xlsx").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}

	@Test
	void staffCloseATeamKeepingItsHistoryAndTheLeaCanStartANewOne() throws Exception {
		var staff = data.staff();
		var coLead = data.person("Closing Lead");
		var team = data.teamLedBy(coLead);
		var lea = jdbc.queryForObject("select lea_cds_code from team where id = ?", String.class, team);

		mvc.perform(post("/teams/{id}/close", team).with(user(coLead)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/teams/{id}/close", team).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/teams/" + team));
		mvc.perform(addMember(team, coLead).param("name", "Too Late").param("role", "OTHER").param("side", "LABOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This team is closed")));
		mvc.perform(get("/teams/{id}", team).with(user(staff)))
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(containsString(coLead.email())));
		mvc.perform(post("/staff/teams").with(user(staff)).with(csrf()).param("leaCdsCode", lea))
			.andExpect(redirectedUrlPattern("/teams/*"));
	}

	private static MockHttpServletRequestBuilder addMember(long team, app.accord.accounts.SignedInUser coLead) {
		return post("/teams/{id}/members", team).with(user(coLead)).with(csrf());
	}

}
