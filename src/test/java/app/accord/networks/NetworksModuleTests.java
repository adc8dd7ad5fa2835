package app.accord.networks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import app.accord.ModuleClasses;
import app.accord.accounts.AuditTrail;
import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.CountyMap;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.directory.LeaType;
import app.accord.directory.Organizations;
import app.accord.directory.Region;
import app.accord.events.Convenings;
import app.accord.teams.Teams;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The networks module booted alone (with the shared module), the other modules' APIs
 * standing in: staff start a network around a county office, an LEA joins it, its
 * dashboard counts it, and other modules read its members through {@link Networks}.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
@AutoConfigureMockMvc
class NetworksModuleTests {

	static final String HUB = "99887700000000";

	static final String MEMBER = "99887760000002";

	@MockitoBean
	Directory directory;

	@MockitoBean
	Organizations organizations;

	@MockitoBean
	CountyMap map;

	@MockitoBean
	People people;

	@MockitoBean
	AuditTrail audit;

	@MockitoBean
	Teams teams;

	@MockitoBean
	Convenings convenings;

	@Autowired
	MockMvc mvc;

	@Autowired
	Networks networks;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	final SignedInUser staff = new SignedInUser(new PersonId(990002), "staff@example.org", "Sam Staff", Role.STAFF,
			true, null);

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("networks", "shared");
	}

	@Test
	void staffStartANetworkAnLeaJoinsAndTheDashboardCountsIt() throws Exception {
		given(directory.findLea(HUB)).willReturn(Optional.of(new LeaSummary(HUB, "Module Test County Office",
				LeaType.COUNTY_OFFICE, "Monterey", Region.CENTRAL_VALLEY, "Salinas", 100, null)));
		given(directory.findLea(MEMBER)).willReturn(Optional.of(new LeaSummary(MEMBER, "Module Test Unified",
				LeaType.values()[1], "Monterey", Region.CENTRAL_VALLEY, "Salinas", 1000, null)));
		var today = LocalDate.now(clock);

		var created = mvc
			.perform(post("/api/v1/networks").with(user(staff))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"Module Test Network","hubCdsCode":"%s","region":"central-valley",
						"firstSchoolYear":%d}""".formatted(HUB, today.getYear() - 1)))
			.andExpect(status().isCreated())
			.andReturn();
		var id = Long.parseLong(created.getResponse().getContentAsString().replaceAll("\\D", ""));
		mvc.perform(post("/api/v1/networks/{id}/members", id).with(user(staff))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"leaCdsCode":"%s"}""".formatted(MEMBER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.alsoMemberOf").isEmpty());
		mvc.perform(post("/api/v1/networks/{id}/members", id).with(user(staff))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"leaCdsCode":"%s"}""".formatted(MEMBER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("leaCdsCode"));

		mvc.perform(get("/api/v1/networks/{id}/dashboard", id).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberCount").value(1))
			.andExpect(jsonPath("$.members[0].leaCdsCode").value(MEMBER))
			.andExpect(jsonPath("$.members[0].hasTeam").value(false));
		assertThat(networks.memberCdsCodesOn(id, today)).containsExactly(MEMBER);
		assertThat(networks.find(id)).hasValueSatisfying(n -> assertThat(n.name()).isEqualTo("Module Test Network"));
		assertThat(networks.isCoordinator(staff.personId(), id)).isFalse();
	}

}
