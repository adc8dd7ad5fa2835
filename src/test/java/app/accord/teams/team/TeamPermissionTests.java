package app.accord.teams.team;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.meetings.MeetingRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A co-lead of team A sees and changes nothing private of team B, by page or API; members
 * read their own team; staff see all; anonymous visitors are sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TeamPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamTestData data;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	MeetingRepository meetings;

	app.accord.accounts.SignedInUser coLeadA;

	app.accord.accounts.SignedInUser coLeadB;

	long teamA;

	long teamB;

	long memberOfB;

	@BeforeEach
	void twoTeams() {
		coLeadA = data.person("Ana Lead");
		coLeadB = data.person("Ben Lead");
		teamA = data.teamLedBy(coLeadA);
		teamB = data.teamLedBy(coLeadB);
		memberOfB = data.addMember(teamB, data.person("Bea Member"), MemberRole.PRINCIPAL, Side.MANAGEMENT);
	}

	@Test
	void aCoLeadOfAnotherTeamCannotReadTheTeamPageNorItsApi() throws Exception {
		mvc.perform(get("/teams/{id}", teamB).with(user(coLeadA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/teams/{id}", teamB).with(user(coLeadA)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(coLeadB.email()))));
		mvc.perform(get("/teams/{id}/members/{m}", teamB, memberOfB).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/teams/{id}/meetings/new", teamB).with(user(coLeadA))).andExpect(status().isForbidden());
		mvc.perform(get("/teams/{id}/assessments/new", teamB).with(user(coLeadA))).andExpect(status().isForbidden());
	}

	@Test
	void aCoLeadOfAnotherTeamCannotChangeItByPageOrApi() throws Exception {
		mvc.perform(post("/api/v1/teams/{id}/members", teamB).with(user(coLeadA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Intruder","email":"intruder@example.org","role":"OTHER","side":"LABOR"}"""))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/v1/teams/{id}/members/{m}", teamB, memberOfB).with(user(coLeadA)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/teams/{id}/meetings", teamB).with(user(coLeadA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"heldOn":"2025-01-10","laborAttendees":3,"managementAttendees":3,"topics":["BUDGET"]}"""))
			.andExpect(status().isForbidden());
		mvc.perform(post("/teams/{id}/members", teamB).with(user(coLeadA))
			.with(csrf())
			.param("name", "Intruder")
			.param("role", "OTHER")
			.param("side", "LABOR")).andExpect(status().isForbidden());
		mvc.perform(post("/teams/{id}/members/{m}/leave", teamB, memberOfB).with(user(coLeadA)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/teams/{id}/meetings", teamB).with(user(coLeadA))
			.with(csrf())
			.param("heldOn", "2025-01-10")
			.param("laborAttendees", "1")
			.param("managementAttendees", "1")
			.param("topics", "BUDGET")).andExpect(status().isForbidden());

		assertThat(memberships.findById(memberOfB).orElseThrow().isCurrent()).isTrue();
		assertThat(meetings.findByTeamIdOrderByHeldOnDescIdDesc(teamB)).isEmpty();
	}

	@Test
	void aCoLeadCannotReachAnotherTeamsMemberThroughTheirOwnTeamsAddress() throws Exception {
		mvc.perform(post("/api/v1/teams/{id}/members/{m}", teamA, memberOfB).with(user(coLeadA)))
			.andExpect(status().is4xxClientError());
		mvc.perform(delete("/api/v1/teams/{id}/members/{m}", teamA, memberOfB).with(user(coLeadA)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/teams/{id}/members/{m}", teamA, memberOfB).with(user(coLeadA)))
			.andExpect(status().isNotFound());
		assertThat(memberships.findById(memberOfB).orElseThrow().isCurrent()).isTrue();
	}

	@Test
	void guessingAnIdThatDoesNotExistLooksTheSameAsAnotherTeam() throws Exception {
		mvc.perform(get("/api/v1/teams/{id}", 987_654_321L).with(user(coLeadA))).andExpect(status().isForbidden());
		mvc.perform(get("/teams/{id}", 987_654_321L).with(user(coLeadA))).andExpect(status().isForbidden());
	}

	@Test
	void aMemberReadsTheirTeamButCannotChangeIt() throws Exception {
		var member = data.person("Carla Member");
		data.addMember(teamA, member, MemberRole.UNION_OFFICER, Side.LABOR);

		mvc.perform(get("/teams/{id}", teamA).with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Carla Member")))
			.andExpect(content().string(not(containsString("Log a meeting"))));
		mvc.perform(get("/api/v1/teams/{id}", teamA).with(user(member))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/teams/{id}/members", teamA).with(user(member))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Friend","role":"OTHER","side":"LABOR"}""")).andExpect(status().isForbidden());
		mvc.perform(get("/teams/{id}/members/new", teamA).with(user(member))).andExpect(status().isForbidden());
	}

	@Test
	void aMemberWhoLeftNoLongerSeesTheTeam() throws Exception {
		var member = data.person("Dora Former");
		var membership = data.addMember(teamA, member, MemberRole.UNION_OFFICER, Side.LABOR);
		mvc.perform(delete("/api/v1/teams/{id}/members/{m}", teamA, membership).with(user(coLeadA)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/teams/{id}", teamA).with(user(member))).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndTheApiAsksForAToken() throws Exception {
		mvc.perform(get("/teams/{id}", teamA)).andExpect(redirectedUrl("/signin"));
		mvc.perform(get("/my-team")).andExpect(redirectedUrl("/signin"));
		mvc.perform(get("/api/v1/teams/{id}", teamA)).andExpect(status().isUnauthorized());
	}

	@Test
	void staffSeeEveryTeamAndAnUnknownOneIsNotFound() throws Exception {
		var staff = data.staff();
		mvc.perform(get("/teams/{id}", teamB).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(coLeadB.email())));
		mvc.perform(get("/api/v1/teams/{id}", teamB).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members.length()").value(2));
		mvc.perform(get("/api/v1/teams/{id}", 987_654_321L).with(user(staff))).andExpect(status().isNotFound());
		mvc.perform(get("/staff/teams").with(user(staff))).andExpect(status().isOk());
	}

	@Test
	void onlyStaffReachTheStaffTeamPages() throws Exception {
		mvc.perform(get("/staff/teams").with(user(coLeadA))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/teams/export.csv").with(user(coLeadA))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/teams/settings").with(user(coLeadA))).andExpect(status().isForbidden());
	}

	@Test
	void theApiListShowsANonStaffPersonOnlyTheirOwnTeam() throws Exception {
		mvc.perform(get("/api/v1/teams").with(user(coLeadA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(teamA));
	}

}
