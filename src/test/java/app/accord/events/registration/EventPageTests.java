package app.accord.events.registration;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.RegistrationMode;

import java.util.List;
import java.util.Locale;

import app.accord.directory.Region;
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
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class EventPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Agenda agenda;

	@Test
	void aPastEventSaysItHasEndedInsteadOfOfferingSeats() throws Exception {
		var event = data.save(EventMother.event().titled("Past Convening").capacity(300).inThePast());

		mvc.perform(get("/events/{id}", event))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This event has ended.")))
			.andExpect(content().string(not(containsString("seats left"))));
	}

	@Test
	void datesReadAsLongDatesWithAHumanTimeZoneInEnglishAndSpanish() throws Exception {
		var mother = EventMother.event().titled("Dates Convening");
		var details = mother.details();
		var event = data.save(mother);
		var start = details.startsAt().withHour(10);
		as(data.staff(), () -> agenda.addSession(event, "Site teams", null, "Room B", start, start.plusHours(1), 20));
		var english = java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH);
		var spanish = java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
				Locale.forLanguageTag("es"));

		mvc.perform(get("/events/{id}", event))
			.andExpect(content().string(containsString("(times in Pacific Time)")))
			.andExpect(content().string(not(containsString("America/Los_Angeles"))))
			.andExpect(content().string(containsString("From " + english.format(details.registrationOpensOn()) + " to "
					+ english.format(details.registrationClosesOn()))))
			.andExpect(content().string(not(containsString(details.registrationOpensOn().toString()))))
			.andExpect(content().string(containsString(">Room B<")))
			.andExpect(content().string(not(containsString("room Room B"))));

		mvc.perform(get("/events/{id}", event).param("lang", "es"))
			.andExpect(content().string(containsString("(hora del Pacífico)")))
			.andExpect(content().string(containsString("Del " + spanish.format(details.registrationOpensOn()) + " al "
					+ spanish.format(details.registrationClosesOn()))))
			.andExpect(content().string(containsString(java.time.format.DateTimeFormatter
				.ofPattern("EEEE, d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
				.format(start))));
	}

	@Test
	void staffSeeEveryBadFieldOfANewEventInPlaceWithWhatTheyTyped() throws Exception {
		mvc.perform(post("/staff/events").with(user(data.staff()))
			.with(csrf())
			.param("title", "Central Valley Convening")
			.param("kind", "UNIVERSAL_CONVENING")
			.param("format", "IN_PERSON")
			.param("venue", "Fresno")
			.param("startsAt", "2027-02-10T09:00")
			.param("endsAt", "2027-02-10T15:00")
			.param("registrationOpensOn", "2026-12-01")
			.param("registrationClosesOn", "2027-02-01")
			.param("capacity", "many")
			.param("mode", "TEAM")
			.param("fee", "50")
			.param("complimentarySeats", "4")
			.param("reminderDaysBefore", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number of seats from 1 to 100,000.")))
			.andExpect(content().string(containsString("value=\"Central Valley Convening\"")));

		mvc.perform(post("/staff/events").with(user(data.staff()))
			.with(csrf())
			.param("title", "")
			.param("kind", "UNIVERSAL_CONVENING")
			.param("format", "IN_PERSON")
			.param("venue", "Fresno")
			.param("startsAt", "2027-02-10T09:00")
			.param("endsAt", "2027-02-10T15:00")
			.param("registrationOpensOn", "2026-12-01")
			.param("registrationClosesOn", "2027-02-01")
			.param("capacity", "100")
			.param("mode", "TEAM")
			.param("fee", "-5")
			.param("complimentarySeats", "4")
			.param("reminderDaysBefore", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title.")))
			.andExpect(content().string(containsString("The fee cannot be negative.")))
			.andExpect(content().string(containsString("value=\"-5\"")))
			.andExpect(content().string(containsString("value=\"Fresno\"")));

		mvc.perform(post("/staff/events").with(user(data.staff()))
			.with(csrf())
			.param("title", "Central Valley Convening")
			.param("kind", "UNIVERSAL_CONVENING")
			.param("format", "IN_PERSON")
			.param("venue", "Fresno")
			.param("startsAt", "2027-02-10T09:00")
			.param("endsAt", "2027-02-09T15:00")
			.param("registrationOpensOn", "2026-12-01")
			.param("registrationClosesOn", "2027-02-01")
			.param("capacity", "100")
			.param("mode", "TEAM")
			.param("fee", "50")
			.param("complimentarySeats", "4")
			.param("reminderDaysBefore", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The event cannot end before it starts.")));
	}

	@Test
	void staffCreateADraftThatOnlyTheyCanSeeUntilItIsPublished() throws Exception {
		var title = "Southern Convening " + System.nanoTime();
		var result = mvc
			.perform(post("/staff/events").with(user(data.staff()))
				.with(csrf())
				.param("title", title)
				.param("kind", "UNIVERSAL_CONVENING")
				.param("format", "HYBRID")
				.param("region", "southern-california")
				.param("venue", "Riverside County Office of Education")
				.param("onlineUrl", "https://meet.example.org/convening")
				.param("startsAt", EventMother.TODAY.plusDays(60) + "T09:00")
				.param("endsAt", EventMother.TODAY.plusDays(60) + "T15:00")
				.param("registrationOpensOn", EventMother.TODAY.toString())
				.param("registrationClosesOn", EventMother.TODAY.plusDays(50).toString())
				.param("capacity", "200")
				.param("mode", "TEAM")
				.param("fee", "50.00")
				.param("complimentarySeats", "4")
				.param("reminderDaysBefore", "3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/staff/events/*"))
			.andReturn();
		var id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/staff/events/", ""));

		mvc.perform(get("/events/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/events")).andExpect(content().string(not(containsString(title))));

		mvc.perform(post("/staff/events/{id}/publish", id).with(user(data.staff())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/events").param("region", "southern-california"))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/events").param("region", "central-valley"))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/events/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("200 of 200 seats left")))
			.andExpect(content().string(containsString("$50.00 per person")));
	}

	@Test
	void pastEventsAreListedApartFromUpcomingOnes() throws Exception {
		var title = "Past Symposium " + System.nanoTime();
		data.save(EventMother.event().titled(title).kind(EventKind.SYMPOSIUM).inThePast());
		mvc.perform(get("/events")).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/events").param("when", "past").param("kind", "SYMPOSIUM"))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void aSizeTypedAsWordsIsRefusedAtTheFieldAndKeptAsTyped() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Typing Lead");
		var team = data.teamLedBy(lead);
		mvc.perform(post("/events/{id}/register/team", event).with(user(lead))
			.with(csrf())
			.param("teamId", String.valueOf(team))
			.param("estimatedSize", "five"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a whole number")))
			.andExpect(content().string(containsString("value=\"five\"")));
	}

	@Test
	void staffRegisterAnyActiveTeamFromTheRegistrationPage() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Staff-Registered Lead");
		var team = data.teamLedBy(lead);
		var staff = data.staff();

		mvc.perform(get("/events/{id}/register", event).with(user(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("As staff you may register any active team")))
			.andExpect(content().string(containsString("<option value=\"" + team + "\"")));

		mvc.perform(post("/events/{id}/register/team", event).with(user(staff))
			.with(csrf())
			.param("teamId", String.valueOf(team))
			.param("estimatedSize", "3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/events/" + event + "/registrations/*"));
		assertThat(jdbc.queryForObject("select count(*) from event_registration where event_id = ? and team_id = ?",
				Integer.class, event, team))
			.isEqualTo(1);

		mvc.perform(get("/events/{id}/register", event).with(user(staff)))
			.andExpect(content().string(containsString("(already registered)")));
		// A co-lead sees only their own team.
		var otherLead = data.person("Other Lead");
		data.teamLedBy(otherLead);
		mvc.perform(get("/events/{id}/register", event).with(user(otherLead)))
			.andExpect(content().string(not(containsString("<option value=\"" + team + "\""))));
	}

	@Test
	void aCoLeadRegistersTheTeamAndThenNamesAttendeesWithErrorsShownInPlace() throws Exception {
		var event = data.save(EventMother.event().fee(5000));
		var lead = data.person("Page Lead");
		var team = data.teamLedBy(lead);

		mvc.perform(get("/events/{id}/register", event).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Estimated team size")));

		mvc.perform(post("/events/{id}/register/team", event).with(user(lead))
			.with(csrf())
			.param("teamId", String.valueOf(team))
			.param("estimatedSize", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter at least 1.")));

		var result = mvc
			.perform(post("/events/{id}/register/team", event).with(user(lead))
				.with(csrf())
				.param("teamId", String.valueOf(team))
				.param("estimatedSize", "5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/events/" + event + "/registrations/*"))
			.andReturn();
		var page = result.getResponse().getRedirectedUrl();

		mvc.perform(get(page).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmed")))
			.andExpect(content().string(containsString("$50.00")))
			.andExpect(content().string(containsString("Page Lead")));

		mvc.perform(post(page + "/attendees").with(user(lead))
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "Rosa Medina")
			.param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"attendees\"")))
			.andExpect(content().string(containsString("Enter an email address like name@district.org.")))
			.andExpect(content().string(containsString("value=\"Rosa Medina\"")));

		mvc.perform(post(page + "/attendees").with(user(lead))
			.with(csrf())
			.header("HX-Request", "true")
			.param("name", "Rosa Medina")
			.param("email", EventTestData.freshEmail("rosa"))
			.param("dietaryNeeds", "Vegetarian"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attendee added.")))
			.andExpect(content().string(containsString("Vegetarian")));

		var rosa = jdbc.queryForObject("select max(id) from event_attendee where name = 'Rosa Medina'", Long.class);
		mvc.perform(post(page + "/attendees/" + rosa + "/substitute").with(user(lead))
			.with(csrf())
			.param("name", "Lupe Castillo")
			.param("email", "lupe@"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address like name@district.org.")))
			.andExpect(content().string(containsString("value=\"Lupe Castillo\"")));

		// A second click on "register" lands on the registration there is.
		mvc.perform(post("/events/{id}/register/team", event).with(user(lead))
			.with(csrf())
			.param("teamId", String.valueOf(team))
			.param("estimatedSize", "5")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page));
	}

	@Test
	void someoneElseCannotOpenATeamsRegistrationButTheEmailedLinkShowsItAndItsCalendarFile() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Owner Lead");
		var team = data.teamLedBy(lead);
		var outcome = as(lead, () -> registrations.registerTeam(event, team, 3, List.of(), lead, null));

		mvc.perform(get("/events/{e}/registrations/{r}", event, outcome.registrationId())
			.with(user(data.person("Nosy Person")))).andExpect(status().isForbidden());

		mvc.perform(get("/events/registrations/{token}", outcome.accessToken()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirmed")));
		mvc.perform(get("/events/registrations/{token}/calendar.ics", outcome.accessToken()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VEVENT\r\n")));
		mvc.perform(get("/events/registrations/{token}", "guessed-token")).andExpect(status().isNotFound());
	}

	@Test
	void aFeeTypedAsWordsKeepsEveryDateAndEveryRuleBetweenFieldsIsShownAtOnce() throws Exception {
		var past = EventMother.TODAY.minusDays(3);
		mvc.perform(post("/staff/events").with(user(data.staff()))
			.with(csrf())
			.param("title", "Central Valley Convening")
			.param("kind", "UNIVERSAL_CONVENING")
			.param("format", "IN_PERSON")
			.param("venue", "Fresno")
			.param("startsAt", "2027-02-10T09:00")
			.param("endsAt", "2027-02-09T15:00")
			.param("registrationOpensOn", "2026-12-01")
			.param("registrationClosesOn", "2026-11-20")
			.param("capacity", "100")
			.param("mode", "TEAM")
			.param("fee", "abc")
			.param("complimentarySeats", "4")
			.param("complimentaryDeadline", "2026-11-15")
			.param("reminderDaysBefore", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("value=\"soon\"")))
			.andExpect(content().string(containsString("value=\"2027-02-10T09:00")))
			.andExpect(content().string(containsString("value=\"2027-02-09T15:00")))
			.andExpect(content().string(containsString("value=\"2026-12-01\"")))
			.andExpect(content().string(containsString("value=\"2026-11-20\"")))
			.andExpect(content().string(containsString("value=\"2026-11-15\"")))
			.andExpect(content().string(containsString("Enter an amount like 50 or 49.50.")))
			.andExpect(content().string(containsString("Enter a whole number of days from 0 to 60.")))
			.andExpect(content().string(containsString("The event cannot end before it starts.")))
			.andExpect(content().string(containsString("Registration cannot close before it opens.")))
			.andExpect(content()
				.string(containsString("The complimentary deadline cannot be before registration opens.")));

		mvc.perform(post("/staff/events").with(user(data.staff()))
			.with(csrf())
			.param("title", "Convening with a past deadline")
			.param("kind", "UNIVERSAL_CONVENING")
			.param("format", "IN_PERSON")
			.param("venue", "Fresno")
			.param("startsAt", EventMother.TODAY.plusDays(40) + "T09:00")
			.param("endsAt", EventMother.TODAY.plusDays(40) + "T15:00")
			.param("registrationOpensOn", EventMother.TODAY.minusDays(10).toString())
			.param("registrationClosesOn", EventMother.TODAY.plusDays(30).toString())
			.param("capacity", "100")
			.param("mode", "TEAM")
			.param("fee", "50")
			.param("complimentarySeats", "4")
			.param("complimentaryDeadline", past.toString())
			.param("reminderDaysBefore", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The complimentary deadline is already past")));
	}

	@Test
	void aSessionWithSeatsTypedAsWordsKeepsItsTimesAndSaysItEndsBeforeItStarts() throws Exception {
		var event = data.save(EventMother.event());
		var day = EventMother.TODAY.plusDays(40);
		mvc.perform(post("/staff/events/{id}/sessions", event).with(user(data.staff()))
			.with(csrf())
			.param("title", "Workshop")
			.param("startsAt", day + "T11:00")
			.param("endsAt", day + "T10:00")
			.param("capacity", "twenty"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"twenty\"")))
			.andExpect(content().string(containsString("value=\"" + day + "T11:00")))
			.andExpect(content().string(containsString("value=\"" + day + "T10:00")))
			.andExpect(content().string(containsString("A session must end after it starts.")));
	}

	@Test
	void aScriptAsTheOnlineLinkAndTheYear0001AreRefusedOnTheEventForm() throws Exception {
		mvc.perform(post("/staff/events").with(user(data.staff()))
			.with(csrf())
			.param("title", "Webinar with a typo")
			.param("kind", "WEBINAR")
			.param("format", "ONLINE")
			.param("onlineUrl", "javascript:alert(document.cookie)")
			.param("startsAt", "2027-02-10T09:00")
			.param("endsAt", "2027-02-10T10:00")
			.param("registrationOpensOn", "0001-12-01")
			.param("registrationClosesOn", "2027-02-01")
			.param("capacity", "100")
			.param("mode", "INDIVIDUAL")
			.param("fee", "0")
			.param("complimentarySeats", "0")
			.param("reminderDaysBefore", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a full web address that starts with https://")))
			.andExpect(content().string(containsString("Enter a date from 1990 to 2100.")))
			.andExpect(content().string(containsString("value=\"javascript:alert(document.cookie)\"")));
		assertThat(jdbc.queryForObject("select count(*) from event where title = 'Webinar with a typo'", Integer.class))
			.isZero();
	}

	@Test
	void aSavedChangeIsAnnouncedOnceAndAConfirmedRegistrationLooksLikeGoodNews() throws Exception {
		var event = data.save(EventMother.event());
		var lead = data.person("Flash Lead");
		var team = data.teamLedBy(lead);
		var outcome = as(lead, () -> registrations.registerTeam(event, team, 3, List.of(), lead, null));

		var resized = mvc
			.perform(post("/events/{e}/registrations/{r}/size", event, outcome.registrationId()).with(user(lead))
				.with(csrf())
				.param("seats", "4"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		var page = mvc.perform(get(resized.getRedirectedUrl()).with(user(lead)).cookie(resized.getCookies()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var message = "Team size changed.";
		assertThat(page.split(java.util.regex.Pattern.quote(message), -1)).as("times the page says it").hasSize(2);
		assertThat(page).contains("class=\"notice status-confirmed\"");
	}

	@Test
	void aPersonRegistersForAWebinarWithoutAnAccount() throws Exception {
		var event = data.save(EventMother.event()
			.kind(EventKind.WEBINAR)
			.mode(RegistrationMode.INDIVIDUAL)
			.region(Region.CENTRAL_VALLEY));
		mvc.perform(post("/events/{id}/register/person", event).with(csrf()).param("name", "").param("email", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the attendee&#39;s name.")))
			.andExpect(content().string(containsString("Enter an email address like name@district.org.")));
		var email = EventTestData.freshEmail("webinar");
		mvc.perform(post("/events/{id}/register/person", event).with(csrf())
			.param("name", "Webinar Person")
			.param("email", email))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/events/" + event + "/register/sent"));
		assertThat(data.mailsTo(email)).isEqualTo(2);
	}

	@Test
	void registeringAnAddressAgainAnswersAsForANewOneAndTellsTheAddressInstead() throws Exception {
		var event = data.save(EventMother.event().kind(EventKind.WEBINAR).mode(RegistrationMode.INDIVIDUAL));
		var email = EventTestData.freshEmail("again");
		var first = mvc
			.perform(post("/events/{id}/register/person", event).with(csrf())
				.param("name", "First Person")
				.param("email", email))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var again = mvc
			.perform(post("/events/{id}/register/person", event).with(csrf())
				.param("name", "Someone Probing")
				.param("email", email.toUpperCase()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(again).isEqualTo(first);
		mvc.perform(get(again))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check your email")))
			.andExpect(content().string(not(containsString("already registered"))));
		assertThat(data.mailsTo(email, "You are already registered")).isEqualTo(1);
		var text = jdbc.queryForObject(
				"select text_body from outbox_message where recipient = ? and subject like 'You are already registered%'",
				String.class, email);
		assertThat(text).contains("First Person").contains("/events/registrations/");
	}

	@Test
	void theEventListSpeaksSpanish() throws Exception {
		mvc.perform(get("/events").param("lang", "es")).andExpect(content().string(containsString("Próximos")));
	}

}
