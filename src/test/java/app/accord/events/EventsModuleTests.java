package app.accord.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.accord.ModuleClasses;
import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.outreach.Outbox;
import app.accord.teams.TeamId;
import app.accord.teams.TeamSummary;
import app.accord.teams.Teams;
import com.jayway.jsonpath.JsonPath;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events module booted alone (with the shared module), teams, people, the directory
 * and the outbox standing in for their modules: staff open an event, two teams register
 * for its seats, the second waits, a cancellation gives it the seats, and other modules
 * read who came through {@link Convenings}.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
@AutoConfigureMockMvc
class EventsModuleTests {

	static final TeamId FIRST = new TeamId(990101);

	static final TeamId SECOND = new TeamId(990102);

	@MockitoBean
	Teams teams;

	@MockitoBean
	People people;

	@MockitoBean
	Directory directory;

	@MockitoBean
	Outbox outbox;

	@Autowired
	MockMvc mvc;

	@Autowired
	Convenings convenings;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	final SignedInUser staff = new SignedInUser(new PersonId(990201), "staff@example.org", "Sam Staff", Role.STAFF,
			true, null);

	final SignedInUser firstLead = new SignedInUser(new PersonId(990202), "first@example.org", "Fran First",
			Role.MEMBER, true, null);

	final SignedInUser secondLead = new SignedInUser(new PersonId(990203), "second@example.org", "Sol Second",
			Role.MEMBER, true, null);

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("events", "shared");
	}

	@Test
	void twoTeamsRegisterForFiveSeatsTheSecondWaitsAndACancellationSeatsIt() throws Exception {
		given(teams.find(FIRST))
			.willReturn(Optional.of(new TeamSummary(FIRST, "99887760000101", "First Unified", null, true)));
		given(teams.find(SECOND))
			.willReturn(Optional.of(new TeamSummary(SECOND, "99887760000102", "Second Unified", null, true)));
		given(teams.isCoLead(firstLead.personId(), FIRST)).willReturn(true);
		given(teams.isCoLead(secondLead.personId(), SECOND)).willReturn(true);
		given(people.findOrCreate(any(), any())).willReturn(new PersonId(990301), new PersonId(990302),
				new PersonId(990303));
		var today = LocalDate.now(clock);

		var created = mvc
			.perform(post("/api/v1/events").with(user(staff))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"Module Test Convening","kind":"REGIONAL_NETWORK_CONVENING","format":"IN_PERSON",
						 "region":"central-valley","venue":"Salinas","startsAt":"%sT09:00","endsAt":"%sT15:00",
						 "registrationOpensOn":"%s","registrationClosesOn":"%s","capacity":5,
						 "registrationMode":"TEAM","feeCents":0,"publish":true}""".formatted(today.plusDays(30),
						today.plusDays(30), today.minusDays(1), today.plusDays(20))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seatsLeft").value(5))
			.andReturn();
		long event = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();

		var first = mvc
			.perform(post("/api/v1/events/{id}/registrations", event).with(user(firstLead))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"teamId":%d,"estimatedSize":4,"attendees":[
						 {"name":"Fran First","email":"first@example.org"},
						 {"name":"Pat Partner","email":"pat@example.org"}]}""".formatted(FIRST.value())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.seats").value(4))
			.andReturn();
		long firstRegistration = ((Number) JsonPath.read(first.getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(firstLead))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"teamId":%d,"estimatedSize":2}""".formatted(FIRST.value())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.registrationId").value(firstRegistration));
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(secondLead))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"teamId":%d,"estimatedSize":3,"attendees":[{"name":"Sol Second","email":"second@example.org"}]}"""
				.formatted(SECOND.value())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		mvc.perform(get("/api/v1/events/{id}", event).with(user(staff)))
			.andExpect(jsonPath("$.seatsTaken").value(4))
			.andExpect(jsonPath("$.seatsLeft").value(1));
		assertThat(convenings.attendance(List.of(new EventId(event)), List.of(FIRST, SECOND)))
			.containsExactly(new ConveningAttendance(new EventId(event), FIRST, 2, 0));

		mvc.perform(delete("/api/v1/events/{id}/registrations/{r}", event, firstRegistration).with(user(firstLead))
			.with(csrf())).andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/events/{id}", event).with(user(staff)))
			.andExpect(jsonPath("$.seatsTaken").value(3))
			.andExpect(jsonPath("$.seatsLeft").value(2));
		assertThat(convenings.attendance(List.of(new EventId(event)), List.of(FIRST, SECOND)))
			.containsExactly(new ConveningAttendance(new EventId(event), SECOND, 1, 0));
		assertThat(convenings.find(List.of(new EventId(event)))).singleElement()
			.satisfies(summary -> assertThat(summary.title()).isEqualTo("Module Test Convening"));
	}

}
