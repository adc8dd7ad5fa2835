package app.accord.events.editing;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.agenda.Agenda;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.Registrations;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import app.accord.accounts.SignedInUser;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff page of an event reads its registrations, their attendees and their session
 * picks set-based: the number of statements does not grow with the number of
 * registrations, and the payment form is fetched for one row instead of written into
 * every row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffEventPageStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	Registrations registrations;

	@Autowired
	Agenda agenda;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theNumberOfStatementsDoesNotGrowWithTheNumberOfRegistrations() throws Exception {
		var event = data.save(EventMother.event().capacity(500));
		var staff = data.staff();
		var day = EventMother.TODAY.plusDays(40);
		var session = as(staff,
				() -> agenda.addSession(event, "Workshop", null, "Hall B", day.atTime(10, 0), day.atTime(11, 0), 100));
		data.registerTeamPickingASession(event, session, "First Lead");
		data.registerPeople(event, 2, "Early");
		var before = statements(event, staff, 0, "Early 1");

		data.registerTeamPickingASession(event, session, "Second Lead");
		// More than a batch of lazy loading (100) would cover in one statement.
		data.registerPeople(event, 110, "Late");
		// The last of three pages: its 14 registrations are read, the others only
		// counted.
		var after = statements(event, staff, 2, "Late 110");
		var loaded = entityManagerFactory.unwrap(SessionFactory.class).getStatistics().getEntityLoadCount();

		assertThat(before).isPositive();
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(15);
		// 14 registrations and their 14 attendees, the event and the page's other rows;
		// not
		// the 114 registrations and 117 attendees of the event.
		assertThat(loaded).isLessThan(114);
	}

	@Test
	void aRegistrationsPaymentFormIsFetchedForItsRowAlone() throws Exception {
		var event = data.save(EventMother.event());
		var person = data.person("Paying Person");
		var outcome = as(person, () -> registrations.registerPerson(event,
				new AttendeeDetails(person.displayName(), person.email(), null, null, null, null, null), person, null));
		var staff = data.staff();
		var form = "/staff/events/" + event + "/registrations/" + outcome.registrationId() + "/payment";

		mvc.perform(get("/staff/events/{id}", event).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"" + form + "\"")))
			.andExpect(content().string(not(containsString("name=\"reason\""))));
		mvc.perform(get(form).with(user(staff)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"" + form + "\"")))
			.andExpect(content().string(containsString("name=\"reason\"")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get(form).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Paying Person")))
			.andExpect(content().string(containsString("name=\"reason\"")));
		mvc.perform(get("/staff/events/{e}/registrations/{r}/payment", data.save(EventMother.event()),
				outcome.registrationId())
			.with(user(staff))).andExpect(status().isNotFound());
	}

	private long statements(long event, SignedInUser staff, int page, String expectedName) throws Exception {
		// Notices are written on their own threads after commit; none may count here.
		data.awaitNotices();
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		mvc.perform(get("/staff/events/{id}", event).with(user(staff)).param("page", String.valueOf(page)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expectedName)));
		return statistics.getPrepareStatementCount();
	}

}
