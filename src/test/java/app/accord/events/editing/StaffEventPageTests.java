package app.accord.events.editing;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.Registrations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import app.accord.accounts.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages of an event: registrations with the waitlist, a page at a time,
 * payments, agenda, volunteers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffEventPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffSeeRegistrationsInOrderAndRecordAPaymentWithItsReason() throws Exception {
		var title = "Staff Page Institute " + System.nanoTime();
		var event = data.save(EventMother.event().titled(title).capacity(4).fee(5000).pastComplimentaryDeadline());
		var first = data.person("Staff Page Lead");
		var second = data.person("Staff Page Waiting");
		var a = as(first, () -> registrations.registerTeam(event, data.teamLedBy(first), 4, List.of(), first, null));
		as(second, () -> registrations.registerTeam(event, data.teamLedBy(second), 2, List.of(), second, null));
		var staff = data.staff();

		mvc.perform(get("/staff/events").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("4 / 4")));
		mvc.perform(get("/staff/events/new").with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complimentary seats per team")));
		mvc.perform(get("/staff/events/{id}", event).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 of 4 seats taken")))
			.andExpect(content().string(containsString("place 1 in line")))
			.andExpect(content().string(containsString("$200.00")))
			.andExpect(content().string(containsString("Invite superintendents")))
			.andExpect(content().string(containsString("Check-in volunteers")));

		mvc.perform(post("/staff/events/{e}/registrations/{r}/payment", event, a.registrationId()).with(user(staff))
			.with(csrf())
			.param("action", "waive")
			.param("reason", "")).andExpect(status().is3xxRedirection());
		assertThat(payment(a.registrationId())).isEqualTo("UNPAID");
		mvc.perform(post("/staff/events/{e}/registrations/{r}/payment", event, a.registrationId()).with(user(staff))
			.with(csrf())
			.param("action", "paid")
			.param("reason", "Check 1042")).andExpect(status().is3xxRedirection());
		assertThat(payment(a.registrationId())).isEqualTo("PAID");
	}

	@Test
	void registrationsComeAPageAtATimeTheirNumberAndWaitlistPlacesCountedOverAll() throws Exception {
		// One page and five more; the last three wait for a seat.
		var count = StaffEventPage.PAGE_SIZE + 5;
		var event = data.save(EventMother.event().capacity(count - 3));
		var ids = new ArrayList<Long>();
		for (var i = 1; i <= count; i++) {
			var person = data.person(String.format("Paged-%02d", i));
			ids.add(as(person,
					() -> registrations.registerPerson(event,
							new AttendeeDetails(person.displayName(), person.email(), null, null, null, null, null),
							person, null))
				.registrationId());
		}
		var staff = data.staff();

		var first = page(event, staff, 0);
		var second = page(event, staff, 1);
		for (var i = 1; i <= count; i++) {
			var name = String.format(">Paged-%02d<", i);
			assertThat(i <= StaffEventPage.PAGE_SIZE ? first : second).contains(name);
			assertThat(i <= StaffEventPage.PAGE_SIZE ? second : first).doesNotContain(name);
		}
		for (var page : List.of(first, second)) {
			assertThat(page).contains("Registrations (" + count + ")")
				.contains((count - 3) + " of " + (count - 3) + " seats taken");
		}
		assertThat(second).contains("place 1 in line").contains("place 3 in line");
		assertThat(first).contains("href=\"/staff/events/" + event + "?page=1#registrations\"")
			.doesNotContain("page=-1");
		assertThat(second).contains("href=\"/staff/events/" + event + "?page=0#registrations\"")
			.doesNotContain("page=2");

		// A payment recorded on a row returns to the page that holds the row.
		var last = ids.get(count - 1);
		mvc.perform(post("/staff/events/{e}/registrations/{r}/payment", event, last).with(user(staff))
			.with(csrf())
			.param("action", "paid")
			.param("reason", "Check 7"))
			.andExpect(redirectedUrl("/staff/events/" + event + "?page=1#registration-" + last));
		mvc.perform(post("/staff/events/{e}/registrations/{r}/payment", event, ids.get(0)).with(user(staff))
			.with(csrf())
			.param("action", "paid")
			.param("reason", "Check 8"))
			.andExpect(redirectedUrl("/staff/events/" + event + "#registration-" + ids.get(0)));
	}

	@Test
	void staffAddSessionsWithErrorsInPlace() throws Exception {
		var event = data.save(EventMother.event());
		var staff = data.staff();
		var day = EventMother.TODAY.plusDays(40);
		mvc.perform(post("/staff/events/{id}/sessions", event).with(user(staff))
			.with(csrf())
			.param("title", "Workshop")
			.param("startsAt", day + "T11:00")
			.param("endsAt", day + "T10:00")
			.param("capacity", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A session must end after it starts.")))
			.andExpect(content().string(containsString("value=\"Workshop\"")));
		mvc.perform(post("/staff/events/{id}/sessions", event).with(user(staff))
			.with(csrf())
			.param("title", "Workshop")
			.param("room", "Hall B")
			.param("startsAt", day + "T10:00")
			.param("endsAt", day + "T11:00")
			.param("capacity", "20")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff/events/{id}", event).with(user(staff)))
			.andExpect(content().string(containsString(">Hall B<")))
			.andExpect(content().string(containsString("20 seats left")));
	}

	private String page(long event, SignedInUser staff, int page) throws Exception {
		return mvc.perform(get("/staff/events/{id}", event).with(user(staff)).param("page", String.valueOf(page)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String payment(long registration) {
		return jdbc.queryForObject("select payment_status from event_registration where id = ?", String.class,
				registration);
	}

}
