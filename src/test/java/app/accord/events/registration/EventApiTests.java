package app.accord.events.registration;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.RegistrationMode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class EventApiTests {

	static final String ADMIN_TOKEN = "test-bootstrap-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffCreateAndPublishAnEventThatAnyoneSignedInLists() throws Exception {
		var title = "API Convening " + System.nanoTime();
		var body = """
				{"title":"%s","kind":"UNIVERSAL_CONVENING","format":"ONLINE","onlineUrl":"https://meet.example.org/x",
				 "startsAt":"%sT09:00","endsAt":"%sT12:00","registrationOpensOn":"%s","registrationClosesOn":"%s",
				 "capacity":300,"registrationMode":"BOTH","feeCents":5000,"publish":true}""".formatted(title,
				EventMother.TODAY.plusDays(30), EventMother.TODAY.plusDays(30), EventMother.TODAY,
				EventMother.TODAY.plusDays(20));
		var location = mvc
			.perform(post("/api/v1/events").header("Authorization", "Bearer " + ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.complimentarySeats").value(4))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(location).with(user(data.person("Reader"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.timeZone").value("America/Los_Angeles"));
		mvc.perform(get("/api/v1/events").with(user(data.person("Reader"))))
			.andExpect(jsonPath("$[*].title", hasItem(title)));
	}

	@Test
	void aNegativeFeeIsABadRequestNamingTheField() throws Exception {
		var body = """
				{"title":"Bad","kind":"WEBINAR","format":"ONLINE","onlineUrl":"https://x.example.org",
				 "startsAt":"2027-01-10T09:00","endsAt":"2027-01-10T10:00","registrationOpensOn":"2026-12-01",
				 "registrationClosesOn":"2027-01-09","capacity":10,"registrationMode":"INDIVIDUAL","feeCents":-1}""";
		mvc.perform(
				post("/api/v1/events").with(user(data.staff())).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("feeCents"));
	}

	@Test
	void impossibleYearsAScriptLinkAndAnOverflowingFeeAreBadRequestsNamingTheirFields() throws Exception {
		var before = jdbc.queryForObject("select count(*) from event", Integer.class);
		var body = """
				{"title":"Typo","kind":"WEBINAR","format":"ONLINE","onlineUrl":"javascript:alert(document.cookie)",
				 "startsAt":"+99999-01-10T09:00","endsAt":"+99999-01-10T10:00","registrationOpensOn":"0001-12-01",
				 "registrationClosesOn":"2027-01-09","capacity":10,"registrationMode":"INDIVIDUAL",
				 "feeCents":100000000000000}""";
		mvc.perform(
				post("/api/v1/events").with(user(data.staff())).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("onlineUrl", "startsAt", "endsAt", "registrationOpensOn", "feeCents")))
			.andExpect(jsonPath("$.errors[?(@.field == 'onlineUrl')].message")
				.value(hasItem(containsString("starts with https://"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'startsAt')].message")
				.value(hasItem("Enter a date from 1990 to 2100.")));
		assertThat(jdbc.queryForObject("select count(*) from event", Integer.class)).isEqualTo(before);
	}

	@Test
	void aTeamIdWithAFractionIsABadRequestNotTheTeamBelowIt() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Fraction Lead");
		var team = data.teamLedBy(lead);
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"teamId":%d.5,"estimatedSize":2}""".formatted(team))).andExpect(status().isBadRequest());
		assertThat(
				jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Integer.class, event))
			.isZero();
	}

	@Test
	void aCoLeadRegistersTheTeamWithAttendeesAndARetryWithTheSameKeyGetsTheSameRegistration() throws Exception {
		var event = data.save(EventMother.event().capacity(5).fee(5000));
		var lead = data.person("Api Lead");
		var team = data.teamLedBy(lead);
		var body = """
				{"teamId":%d,"estimatedSize":6,"attendees":[
				 {"name":"Maria Estrada","email":"%s","role":"certificated_union_president","side":"labor"},
				 {"name":"Hector Villanueva","email":"%s","role":"SUPERINTENDENT","side":"MANAGEMENT"}]}"""
			.formatted(team, EventTestData.freshEmail("maria"), EventTestData.freshEmail("hector"));
		var location = mvc
			.perform(post("/api/v1/events/{id}/registrations", event).with(user(lead))
				.header("Idempotency-Key", "abc-123")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.complimentarySeats").value(4))
			.andExpect(jsonPath("$.paidSeats").value(2))
			.andExpect(jsonPath("$.amountDueCents").value(10000))
			.andExpect(jsonPath("$.attendees.length()").value(2))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(lead))
			.header("Idempotency-Key", "abc-123")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
		assertThat(
				jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Integer.class, event))
			.isEqualTo(1);
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isConflict()).andExpect(jsonPath("$.registrationId").isNumber());
		mvc.perform(delete(location).with(user(lead))).andExpect(status().isNoContent());
	}

	@Test
	void badAttendeesAreRefusedWithTheirFieldAndNothingIsSaved() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Careless Lead");
		var team = data.teamLedBy(lead);
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"teamId":%d,"estimatedSize":2,"attendees":[{"name":"","email":"nope"}]}""".formatted(team)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(lead))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"teamId":%d,"estimatedSize":2,"attendees":[{"name":"A","role":"janitor"}]}""".formatted(team)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("role"));
		assertThat(
				jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Integer.class, event))
			.isZero();
	}

	@Test
	void aPersonRegistersThemselvesAndStaffCheckThemIn() throws Exception {
		var event = data.save(EventMother.event().mode(RegistrationMode.INDIVIDUAL).kind(EventKind.WEBINAR));
		var person = data.person("Api Person");
		mvc.perform(post("/api/v1/events/{id}/registrations", event).with(user(person))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.attendees[0].name").value("Api Person"));
		var attendee = jdbc.queryForObject("select id from event_attendee where event_id = ?", Long.class, event);
		mvc.perform(post("/api/v1/events/{id}/checkins", event).with(user(person))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attendeeId\":%d}".formatted(attendee))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/events/{id}/checkins", event).header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"attendeeId\":%d}".formatted(attendee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checkedInAt").isNotEmpty());
		mvc.perform(get("/api/v1/events/{id}/registrations", event).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].attendees[0].checkedInAt").isNotEmpty());
	}

}
