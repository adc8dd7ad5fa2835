package app.accord.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.accord.ModuleClasses;
import app.accord.accounts.AuditTrail;
import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import app.accord.networks.Networks;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The teams module booted alone (with the shared module), the LEA directory, people and
 * the audit trail standing in for their modules: a co-lead starts their LEA's team, fills
 * its roster, logs its meetings and a self-assessment, and the other modules read it all
 * through {@link Teams}.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
@AutoConfigureMockMvc
class TeamsModuleTests {

	static final String CDS = "99887760000001";

	@MockitoBean
	Directory directory;

	@MockitoBean
	People people;

	@MockitoBean
	AuditTrail audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	Teams teams;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(context.getBeanNamesForType(Networks.class)).isEmpty();
		assertThat(context.getBeanNamesForType(TeamParticipation.class)).isEmpty();
		assertThat(context.getBeanNamesForType(Teams.class)).hasSize(1);
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("teams", "shared");
	}

	@Test
	void aCoLeadStartsTheTeamFillsItsRosterAndLogsItsWork() throws Exception {
		given(directory.findLea(CDS)).willReturn(Optional.of(new LeaSummary(CDS, "Module Test Unified",
				LeaType.values()[0], "Monterey", Region.CENTRAL_VALLEY, "Salinas", 1000, null)));
		var founder = new SignedInUser(new PersonId(990001), "founder@example.org", "Fay Founder", Role.MEMBER, true,
				null);

		var created = mvc
			.perform(post("/api/v1/teams").with(user(founder))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"leaCdsCode":"%s","role":"SUPERINTENDENT","side":"MANAGEMENT"}""".formatted(CDS)))
			.andExpect(status().isCreated())
			.andReturn();
		var id = new TeamId(Long.parseLong(created.getResponse().getContentAsString().replaceAll("\\D", "")));
		mvc.perform(post("/api/v1/teams").with(user(founder))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"leaCdsCode":"%s","role":"SUPERINTENDENT","side":"MANAGEMENT"}""".formatted(CDS)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("leaCdsCode"));

		mvc.perform(post("/api/v1/teams/{id}/members", id.value()).with(user(founder))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"Luz Labor","role":"CERTIFICATED_UNION_PRESIDENT","side":"LABOR"}"""))
			.andExpect(status().isCreated());
		var today = LocalDate.now(clock);
		for (var daysAgo : new int[] { 30, 10 }) {
			mvc.perform(post("/api/v1/teams/{id}/meetings", id.value()).with(user(founder))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"heldOn":"%s","laborAttendees":3,"managementAttendees":2,"topics":["BUDGET"]}"""
					.formatted(today.minusDays(daysAgo))))
				.andExpect(status().isCreated());
		}
		var ratings = String.join(",",
				teams.practices()
					.stream()
					.map(p -> "{\"practice\":\"%s\",\"stage\":\"EMERGING\"}".formatted(p))
					.toList());
		mvc.perform(post("/api/v1/teams/{id}/assessments", id.value()).with(user(founder))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ratings\":[" + ratings + "]}")).andExpect(status().isCreated());

		assertThat(teams.findActiveTeamOf(CDS)).hasValueSatisfying(team -> assertThat(team.id()).isEqualTo(id));
		assertThat(teams.isCoLead(founder.personId(), id)).isTrue();
		assertThat(teams.currentMembers(id)).extracting(TeamMember::name)
			.containsExactlyInAnyOrder("Fay Founder", "Luz Labor");
		var composition = teams.composition(id);
		assertThat(composition.laborCount()).isEqualTo(1);
		assertThat(composition.managementCount()).isEqualTo(1);
		assertThat(teams.meetingRegularly(id, today)).isTrue();
		assertThat(teams.lastMeeting(id, today)).contains(today.minusDays(10));
		assertThat(teams.latestPracticeStages(id, today)).hasSize(7)
			.allSatisfy(stage -> assertThat(stage.stage()).isEqualTo("EMERGING"));

		// The batched answers a dashboard uses agree with the one-team ones on every day.
		assertThat(teams.activeTeamsOf(List.of(CDS, "00000000000000"))).containsOnlyKeys(CDS)
			.extractingByKey(CDS)
			.satisfies(team -> assertThat(team.id()).isEqualTo(id));
		for (var day : new LocalDate[] { today, today.minusDays(20), today.minusDays(40) }) {
			var missing = new TeamId(id.value() + 1_000_000);
			assertThat(teams.standings(List.of(id, missing), day)).containsOnlyKeys(id)
				.extractingByKey(id)
				.isEqualTo(new TeamStanding(teams.composition(id, day), teams.meetingRegularly(id, day),
						teams.lastMeeting(id, day).orElse(null), teams.latestPracticeStages(id, day)));
		}
	}

}
