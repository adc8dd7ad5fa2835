package app.accord.teams.team;

import java.time.LocalDate;
import java.time.ZoneId;

import app.accord.teams.assessment.Practice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TeamApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Los_Angeles"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPersonWhoStartsTheirLeasTeamBecomesItsFirstCoLead() throws Exception {
		var founder = data.person("Maria Founder");
		var lea = data.freeLea();
		var location = mvc
			.perform(post("/api/v1/teams").with(user(founder))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"leaCdsCode":"%s","name":"Our Labor Management Accord","role":"SUPERINTENDENT","side":"MANAGEMENT"}"""
							.formatted(lea)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		mvc.perform(get(location).with(user(founder)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Our Labor Management Accord"))
			.andExpect(jsonPath("$.leaCdsCode").value(lea))
			.andExpect(jsonPath("$.members[0].email").value(founder.email()))
			.andExpect(jsonPath("$.members[0].coLead").value(true))
			.andExpect(jsonPath("$.composition.complete").value(false))
			.andExpect(jsonPath("$.composition.laborCount").value(0))
			.andExpect(jsonPath("$.composition.managementCount").value(1))
			.andExpect(jsonPath("$.composition.missingRoles.length()").value(3));
	}

	@Test
	void aSecondActiveTeamForAnLeaIsAConflict() throws Exception {
		var staff = data.staff();
		var lea = data.freeLea();
		var body = """
				{"leaCdsCode":"%s"}""".formatted(lea);
		mvc.perform(post("/api/v1/teams").with(user(staff)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/teams").with(user(staff)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("already has an active team")));
	}

	@Test
	void anUnknownLeaOrAMissingSeatIsABadRequestThatSaysWhy() throws Exception {
		var person = data.person("Nora Typo");
		mvc.perform(post("/api/v1/teams").with(user(person)).contentType(MediaType.APPLICATION_JSON).content("""
				{"leaCdsCode":"99999999999999","role":"SUPERINTENDENT","side":"MANAGEMENT"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("no LEA with the CDS code 99999999999999")));
		mvc.perform(post("/api/v1/teams").with(user(person)).contentType(MediaType.APPLICATION_JSON).content("""
				{"leaCdsCode":"%s"}""".formatted(data.freeLea())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("role"));
	}

	@Test
	void coLeadsAddMembersAndCompositionFollows() throws Exception {
		var coLead = data.person("Sam Super");
		var team = data.teamLedBy(coLead);
		for (var member : new String[][] { { "Tina Teacher", "CERTIFICATED_UNION_PRESIDENT", "LABOR" },
				{ "Carl Classified", "classified union president", "labor" },
				{ "Bo Board", "BOARD_MEMBER", "MANAGEMENT" } }) {
			mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","email":"%s","role":"%s","side":"%s","organization":"Local 1"}"""
					.formatted(member[0], TeamTestData.freshEmail("m"), member[1], member[2])))
				.andExpect(status().isCreated());
		}
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead)))
			.andExpect(jsonPath("$.members.length()").value(4))
			.andExpect(jsonPath("$.composition.complete").value(true))
			.andExpect(jsonPath("$.composition.missingRoles.length()").value(0))
			.andExpect(jsonPath("$.composition.laborCount").value(2))
			.andExpect(jsonPath("$.composition.managementCount").value(2));
	}

	@Test
	void addingAMemberWithAnEmailInvitesThem() throws Exception {
		var coLead = data.person("Ivy Inviter");
		var team = data.teamLedBy(coLead);
		var email = TeamTestData.freshEmail("invitee");
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Ines Invitee","email":"%s","role":"PRINCIPAL","side":"MANAGEMENT"}""".formatted(email)))
			.andExpect(status().isCreated());
		var mails = jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class,
				email);
		assertThat(mails).isEqualTo(1);
	}

	@Test
	void theSameEmailTwiceOnOneTeamIsAConflictAndAMemberWithoutEmailIsAllowed() throws Exception {
		var coLead = data.person("Dee Dup");
		var team = data.teamLedBy(coLead);
		var email = TeamTestData.freshEmail("twice");
		var body = """
				{"name":"Pat Twice","email":"%s","role":"UNION_OFFICER","side":"LABOR"}""";
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(email))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(email.toUpperCase())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already on the team")));
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"No Email","role":"SITE_REPRESENTATIVE","side":"LABOR"}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead)))
			.andExpect(jsonPath("$.members.length()").value(3));
	}

	@Test
	void unknownRolesSidesAndMissingFieldsAreBadRequestsListingTheProblem() throws Exception {
		var coLead = data.person("Val Validate");
		var team = data.teamLedBy(coLead);
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Rex","role":"KING","side":"LABOR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Unknown role 'KING'")));
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Rex","role":"OTHER","side":"MIDDLE"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Unknown side 'MIDDLE'")));
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email":"not-an-email","role":"OTHER","side":"LABOR"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Invalid fields: email, name."))
			.andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
				.value("Enter an email address like name@district.org, or leave it empty."));
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead)))
			.andExpect(jsonPath("$.members.length()").value(1));
	}

	@Test
	void aMemberWhoLeavesStaysInTheHistoryAndCanRejoin() throws Exception {
		var coLead = data.person("Hal History");
		var team = data.teamLedBy(coLead);
		var email = TeamTestData.freshEmail("rejoin");
		var add = """
				{"name":"Rita Rejoin","email":"%s","role":"UNION_OFFICER","side":"LABOR","joinedOn":"%s"}""";
		var first = id(mvc
			.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
				.contentType(MediaType.APPLICATION_JSON)
				.content(add.formatted(email, TODAY.minusDays(30))))
			.andExpect(status().isCreated())
			.andReturn());

		mvc.perform(
				delete("/api/v1/teams/{id}/members/{m}", team, first).param("leftOn", TODAY.minusDays(31).toString())
					.with(user(coLead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("cannot be before the joining date")));
		mvc.perform(
				delete("/api/v1/teams/{id}/members/{m}", team, first).param("leftOn", TODAY.minusDays(10).toString())
					.with(user(coLead)))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/teams/{id}/members", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(add.formatted(email, TODAY))).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/teams/{id}", team).param("asOf", TODAY.minusDays(5).toString()).with(user(coLead)))
			.andExpect(jsonPath("$.members.length()").value(1))
			.andExpect(jsonPath("$.history.length()").value(3))
			.andExpect(jsonPath("$.history[1].leftOn").value(TODAY.minusDays(10).toString()));
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead)))
			.andExpect(jsonPath("$.members.length()").value(2));
	}

	@Test
	void aMeetingInTheYear0001IsABadRequestNamingTheDay() throws Exception {
		var coLead = data.person("Ada Ancient");
		var team = data.teamLedBy(coLead);
		mvc.perform(post("/api/v1/teams/{id}/meetings", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn":"0001-01-01","laborAttendees":4,"managementAttendees":3,"topics":["BUDGET"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heldOn"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a date from 1990 to 2100."));
		mvc.perform(post("/api/v1/teams/{id}/meetings", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn":"2026-01-01","laborAttendees":4.5,"managementAttendees":3,"topics":["BUDGET"]}"""))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead))).andExpect(jsonPath("$.lastMeeting").isEmpty());
	}

	@Test
	void meetingsAreLoggedButNotInTheFutureAndMakeTheTeamMeetRegularly() throws Exception {
		var coLead = data.person("Meg Meeting");
		var team = data.teamLedBy(coLead);
		var meeting = """
				{"heldOn":"%s","laborAttendees":4,"managementAttendees":3,"topics":["BUDGET","student_learning"],
				 "otherTopics":"Calendar","decisions":"Adopt norms","nextSteps":"Draft MOU"}""";
		mvc.perform(post("/api/v1/teams/{id}/meetings", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(meeting.formatted(TODAY.plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("before it has taken place")));
		mvc.perform(post("/api/v1/teams/{id}/meetings", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(meeting.formatted(TODAY.minusDays(40)))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead)))
			.andExpect(jsonPath("$.meetingRegularly").value(false));
		mvc.perform(post("/api/v1/teams/{id}/meetings", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(meeting.formatted(TODAY.minusDays(2)))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/teams/{id}", team).with(user(coLead)))
			.andExpect(jsonPath("$.meetingRegularly").value(true))
			.andExpect(jsonPath("$.lastMeeting").value(TODAY.minusDays(2).toString()));
		mvc.perform(get("/api/v1/teams").param("meetingRegularly", "true").with(user(coLead)))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/v1/teams").param("meetingRegularly", "false").with(user(coLead)))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void anAssessmentMustRateEveryPracticeOnce() throws Exception {
		var coLead = data.person("Ada Assess");
		var team = data.teamLedBy(coLead);
		var ratings = new StringBuilder();
		for (var practice : Practice.values()) {
			ratings.append(ratings.isEmpty() ? "" : ",")
				.append("{\"practice\":\"%s\",\"stage\":\"DEVELOPING\",\"evidence\":\"Minutes\"}".formatted(practice));
		}
		mvc.perform(post("/api/v1/teams/{id}/assessments", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assessedOn\":\"%s\",\"ratings\":[%s]}".formatted(TODAY, ratings)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/teams/{id}/assessments", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ratings":[{"practice":"SHARED_VISION","stage":"EMERGING"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("each of the seven practices")));
		mvc.perform(post("/api/v1/teams/{id}/assessments", team).with(user(coLead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ratings":[{"practice":"SHARED_VISION","stage":"PERFECT"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Unknown stage 'PERFECT'")));
	}

	@Test
	void staffListTeamsByRegion() throws Exception {
		var staff = data.staff();
		var coLead = data.person("Rae Region");
		var team = data.teamLedBy(coLead);
		var region = jdbc.queryForObject("select region from team where id = ?", String.class, team);
		mvc.perform(get("/api/v1/teams").param("region", region).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].region".formatted(team)).value(region));
		mvc.perform(get("/api/v1/teams").param("region", "atlantis").with(user(staff)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theApiIsDocumentedUnderTeams() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/teams/{id}/members/{memberId}")))
			.andExpect(content().string(containsString("\"Teams\"")));
	}

	private static long id(org.springframework.test.web.servlet.MvcResult result) throws Exception {
		var location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
