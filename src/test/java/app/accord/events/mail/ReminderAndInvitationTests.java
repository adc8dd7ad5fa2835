package app.accord.events.mail;

import app.accord.events.catalog.EventRuleViolation;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.invitations.Invitations;
import app.accord.events.registration.RegistrationConcurrencyTests;
import app.accord.events.registration.Registrations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import app.accord.directory.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders go out once even with two nodes; invitations reach each LEA's superintendent
 * once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReminderAndInvitationTests {

	@Autowired
	Reminders reminders;

	@Autowired
	Invitations invitations;

	@Autowired
	Registrations registrations;

	@Autowired
	EventTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoNodesSendingRemindersAtOnceSendEachOnce() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Reminded Lead");
		var team = data.teamLedBy(lead);
		as(lead, () -> registrations.registerTeam(event, team, 2, List.of(), lead, null));
		// Due: the event starts within its reminder days.
		jdbc.update("update event set starts_at = ?, ends_at = ? where id = ?",
				EventMother.TODAY.plusDays(2).atTime(9, 0), EventMother.TODAY.plusDays(2).atTime(16, 0), event);

		var tasks = new ArrayList<Callable<Object>>();
		for (var node = 0; node < 4; node++) {
			tasks.add(() -> reminders.sendDue());
		}
		RegistrationConcurrencyTests.race(tasks, 4);

		assertThat(data.mailsTo(lead.email(), "Reminder: Summer Institute")).isEqualTo(1);
		reminders.sendDue();
		assertThat(data.mailsTo(lead.email(), "Reminder: Summer Institute")).isEqualTo(1);
	}

	@Test
	void aReminderIsNotSentBeforeItIsDue() {
		var event = data.save(EventMother.event());
		var lead = data.person("Early Lead");
		var team = data.teamLedBy(lead);
		as(lead, () -> registrations.registerTeam(event, team, 2, List.of(), lead, null));
		reminders.sendDue();
		assertThat(data.mailsTo(lead.email(), "Reminder")).isZero();
	}

	@Test
	void superintendentsOfACountyAreInvitedOnce() {
		var event = data.save(EventMother.event());
		var superintendent = data.person("Invited Superintendent");
		var team = data.teamLedBy(superintendent);
		var county = jdbc.queryForObject(
				"""
						select c.name from directory_county c join directory_lea l on substring(l.cds_code, 1, 2) = c.cds_county_code
						join team t on t.lea_cds_code = l.cds_code where t.id = ?""",
				String.class, team);
		var staff = data.staff();
		var first = as(staff, () -> invitations.invite(event, null, county, "See you there."));
		assertThat(first.invited()).isGreaterThanOrEqualTo(1);
		assertThat(data.mailsTo(superintendent.email(), "Invitation: Summer Institute")).isEqualTo(1);
		var again = as(staff, () -> invitations.invite(event, null, county, null));
		assertThat(again.invited()).isZero();
		assertThat(again.alreadyInvited()).isEqualTo(first.invited());
		assertThat(data.mailsTo(superintendent.email(), "Invitation: Summer Institute")).isEqualTo(1);
		var body = jdbc.queryForObject("select text_body from outbox_message where recipient = ?", String.class,
				superintendent.email());
		assertThat(body).contains("board president").contains("/events/" + event + "/register");
	}

	@Test
	void anInvitationNeedsASegment() {
		var event = data.save(EventMother.event().region(Region.CENTRAL_VALLEY));
		var staff = data.staff();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> as(staff, () -> invitations.invite(event, null, " ", null)))
			.isInstanceOfSatisfying(EventRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("events.invite.segment.required"));
	}

}
