package app.accord.events.exports;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.agenda.Agenda;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's exports read its registrations, their attendees and their session picks
 * set-based: the number of statements does not grow with the number of registrations.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventExportStatementsTests {

	private static final List<String> EXPORTS = List.of("attendees.csv", "attendees.xlsx", "needs.csv", "invoices.csv",
			"invoices.xlsx", "badges.pdf", "sign-in.pdf");

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	Agenda agenda;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theNumberOfStatementsOfEveryExportDoesNotGrowWithTheNumberOfRegistrations() throws Exception {
		var event = data.save(EventMother.event().capacity(500));
		var staff = data.staff();
		var day = EventMother.TODAY.plusDays(40);
		var session = as(staff,
				() -> agenda.addSession(event, "Workshop", null, "Hall B", day.atTime(10, 0), day.atTime(11, 0), 100));
		data.registerTeamPickingASession(event, session, "First Lead");
		data.registerPeople(event, 2, "Early");
		var before = EXPORTS.stream().map(export -> statements(event, staff, export)).toList();

		data.registerTeamPickingASession(event, session, "Second Lead");
		// More than a batch of lazy loading (100) would cover in one statement.
		data.registerPeople(event, 110, "Late");
		var after = EXPORTS.stream().map(export -> statements(event, staff, export)).toList();

		assertThat(before).allSatisfy(count -> assertThat(count).isPositive().isLessThanOrEqualTo(8));
		assertThat(after).isEqualTo(before);
	}

	@Test
	void theAttendeeListStillNamesEveryRegistrationAndTheSessionsPicked() throws Exception {
		var event = data.save(EventMother.event().capacity(50));
		var staff = data.staff();
		var day = EventMother.TODAY.plusDays(40);
		var session = as(staff,
				() -> agenda.addSession(event, "Workshop", null, "Hall B", day.atTime(10, 0), day.atTime(11, 0), 100));
		data.registerTeamPickingASession(event, session, "Picking Lead");
		data.registerPeople(event, 3, "Single");

		var csv = mvc.perform(get("/staff/events/{id}/attendees.csv", event).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		var lines = csv.lines().toList();
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Picking Lead,").contains(",Workshop,"));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Single 2,").contains(",Single 2,"));
	}

	private long statements(long event, SignedInUser staff, String export) {
		try {
			// Notices are written on their own threads after commit; none may count here.
			data.awaitNotices();
			var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
			statistics.clear();
			mvc.perform(get("/staff/events/{id}/" + export, event).with(user(staff))).andExpect(status().isOk());
			return statistics.getPrepareStatementCount();
		}
		catch (Exception ex) {
			throw new AssertionError(export, ex);
		}
	}

}
