package app.accord.events.checkin;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.EventParticipation;
import app.accord.events.registration.Registrations;

import java.util.List;

import app.accord.teams.TeamId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.events.EventTestData.as;
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
 * The door: search by name, the QR code's link, walk-ins, and volunteers scoped to one
 * event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CheckInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	Registrations registrations;

	@Autowired
	CheckIn checkIn;

	@Autowired
	EventParticipation participation;

	@Autowired
	JdbcTemplate jdbc;

	private record Setup(long event, long team, long attendee, String token) {
	}

	private Setup registeredAttendee(String name) {
		var event = data.save(EventMother.event());
		var lead = data.person("Door Lead");
		var team = data.teamLedBy(lead);
		var registration = as(lead, () -> registrations.registerTeam(event, team, 2, List.of(), lead, null))
			.registrationId();
		var attendee = as(lead, () -> registrations.addAttendee(registration,
				new AttendeeDetails(name, EventTestData.freshEmail("door"), null, null, null, null, null)));
		var token = jdbc.queryForObject("select check_in_token from event_attendee where id = ?", String.class,
				attendee);
		return new Setup(event, team, attendee, token);
	}

	@Test
	void staffFindAnAttendeeByNameAndCheckThemInOnce() throws Exception {
		var setup = registeredAttendee("Guadalupe Torres");
		var staff = data.staff();
		mvc.perform(get("/events/{id}/check-in", setup.event()).param("q", "guada").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Guadalupe Torres")))
			.andExpect(content().string(containsString("0 of 1 attendees checked in")));
		mvc.perform(post("/events/{e}/check-in/{a}", setup.event(), setup.attendee()).with(user(staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var first = jdbc.queryForObject("select checked_in_at from event_attendee where id = ?",
				java.sql.Timestamp.class, setup.attendee());
		assertThat(first).isNotNull();
		as(staff, () -> checkIn.admit(setup.event(), setup.attendee(), staff));
		assertThat(jdbc.queryForObject("select checked_in_at from event_attendee where id = ?",
				java.sql.Timestamp.class, setup.attendee()))
			.as("a second scan keeps the first time")
			.isEqualTo(first);
		assertThat(participation.of(new TeamId(setup.team()))).singleElement()
			.satisfies(attended -> assertThat(attended.checkedIn()).isEqualTo(1));
		var title = jdbc.queryForObject("select title from event where id = ?", String.class, setup.event());
		mvc.perform(get("/teams/{id}", setup.team()).with(user(staff)))
			.andExpect(content().string(containsString("Participation")))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void theQrCodesLinkOpensTheAttendeeForStaffOnly() throws Exception {
		var setup = registeredAttendee("Scanned Person");
		mvc.perform(get("/events/check-in/{t}", setup.token()).with(user(data.person("Random Member"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/events/check-in/{t}", setup.token()).with(user(data.staff())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Scanned Person")));
		mvc.perform(post("/events/check-in/{t}", setup.token()).with(user(data.staff())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/check-in/{t}", setup.token()).with(user(data.staff())))
			.andExpect(content().string(containsString("Arrived")));
	}

	@Test
	void aVolunteerChecksPeopleInAtTheirEventAndNowhereElse() throws Exception {
		var setup = registeredAttendee("Volunteer Target");
		var other = data.save(EventMother.event());
		var volunteer = data.person("Door Volunteer");
		var staff = data.staff();
		as(staff, () -> checkIn.addVolunteer(setup.event(), volunteer.email(), volunteer.displayName(), staff));
		mvc.perform(get("/events/{id}/check-in", setup.event()).with(user(volunteer))).andExpect(status().isOk());
		mvc.perform(get("/events/{id}/check-in", other).with(user(volunteer))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/events/{id}", setup.event()).with(user(volunteer))).andExpect(status().isForbidden());
	}

	@Test
	void aWalkInIsAddedAndCheckedInWhileSeatsAreLeft() throws Exception {
		var event = data.save(EventMother.event().capacity(1));
		var staff = data.staff();
		mvc.perform(post("/events/{id}/check-in/walk-ins", event).with(user(staff)).with(csrf()).param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the attendee&#39;s name.")));
		mvc.perform(post("/events/{id}/check-in/walk-ins", event).with(user(staff))
			.with(csrf())
			.param("name", "Walk In")
			.param("organization", "Soledad USD")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/events/{id}/check-in", event).with(user(staff)))
			.andExpect(content().string(containsString("1 of 1 attendees checked in")));
		mvc.perform(post("/events/{id}/check-in/walk-ins", event).with(user(staff))
			.with(csrf())
			.param("name", "One Too Many"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The event is full")))
			.andExpect(content().string(not(containsString("One Too Many is checked in"))));
	}

}
