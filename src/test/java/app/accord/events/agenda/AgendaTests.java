package app.accord.events.agenda;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.Registrations;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Concurrent sessions: one per slot per attendee, and a full session offers the others.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgendaTests {

	@Autowired
	Agenda agenda;

	@Autowired
	Registrations registrations;

	@Autowired
	EventTestData data;

	@Autowired
	MockMvc mvc;

	@Test
	void anAttendeePicksOneSessionPerSlotAndAFullSessionOffersTheOthers() throws Exception {
		var eventId = data.save(EventMother.event());
		var staff = data.staff();
		var start = EventMother.TODAY.plusDays(40).atTime(10, 0);
		var small = as(staff, () -> agenda.addSession(eventId, "Interest-based bargaining", "A. Rivera", "101", start,
				start.plusHours(1), 1));
		var other = as(staff,
				() -> agenda.addSession(eventId, "Budget together", null, "102", start, start.plusHours(1), 20));
		var later = as(staff, () -> agenda.addSession(eventId, "Site teams", null, "103", start.plusHours(2),
				start.plusHours(3), 20));

		var lead = data.person("Agenda Lead");
		var team = data.teamLedBy(lead);
		var registration = as(lead, () -> registrations.registerTeam(eventId, team, 2, List.of(), lead, null))
			.registrationId();
		var first = as(lead, () -> registrations.addAttendee(registration,
				new AttendeeDetails("First Person", null, null, null, null, null, null)));
		var second = as(lead, () -> registrations.addAttendee(registration,
				new AttendeeDetails("Second Person", null, null, null, null, null, null)));

		as(lead, () -> agenda.pick(registration, first, List.of(small, later)));
		assertThatThrownBy(() -> as(lead, () -> agenda.pick(registration, second, List.of(small, other))))
			.isInstanceOfSatisfying(EventRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.session.clash"));
		assertThatThrownBy(() -> as(lead, () -> agenda.pick(registration, second, List.of(small))))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("events.session.full");
				assertThat(ex.arguments()).containsExactly("Interest-based bargaining", "Budget together");
			});
		// Picking again keeps the seat one already holds.
		as(lead, () -> agenda.pick(registration, first, List.of(small)));

		var page = "/events/" + eventId + "/registrations/" + registration;
		mvc.perform(post(page + "/attendees/" + second + "/sessions").with(user(lead))
			.with(csrf())
			.param("sessions", String.valueOf(small)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Interest-based bargaining is full. Sessions at the same time with seats left: Budget together.")));
		mvc.perform(get("/events/{id}", eventId))
			.andExpect(content().string(containsString("Interest-based bargaining")))
			.andExpect(content().string(containsString("full")));
	}

	@Test
	void aSessionMustFitInTheEvent() {
		var eventId = data.save(EventMother.event());
		var early = EventMother.TODAY.plusDays(39).atTime(10, 0);
		assertThatThrownBy(() -> as(data.staff(),
				() -> agenda.addSession(eventId, "Too early", null, null, early, early.plusHours(1), 10)))
			.isInstanceOfSatisfying(EventRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.session.outsideEvent"));
	}

}
