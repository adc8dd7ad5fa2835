package app.accord;

import java.util.List;
import java.util.regex.Pattern;

import app.accord.accounts.PersonId;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The application as a first start with the {@code demo} profile leaves it: every
 * module's sample data is there once the application is ready, and it says what the
 * initiative's own documents say.
 */
// A first start: a database of its own, empty until the demo fills it, rather than the
// one
// the other test classes share (and fill with their own teams, events and engagements).
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:accord-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
class DemoProfileTests {

	static final SignedInUser STAFF = new SignedInUser(new PersonId(1), "admin@accord.test", "Staff", Role.STAFF, true,
			null);

	static final String ALHAMBRA = "19757130000000";

	static final String SAN_JUAN = "34674470000000";

	static final String POMONA = "19649070000000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoEventsHaveTheDemoTeamsRegistrationsOnAFirstStart() throws Exception {
		var institute = jdbc.queryForObject("select id from event where kind = 'SUMMER_INSTITUTE' and title like "
				+ "'Summer Institute 2%' and title <> 'Summer Institute 2019'", Long.class);
		assertThat(jdbc.queryForList(
				"select t.lea_cds_code from event_registration r join team t on t.id = r.team_id "
						+ "where r.status = 'CONFIRMED' and r.event_id = ? order by t.lea_cds_code",
				String.class, institute))
			.containsExactly("27102720000000", "27659610000000", "27661420000000");
		assertThat(page("/staff/events/" + institute)).contains("Alisal Labor Management Accord (ALMA)")
			.contains("MCOE Labor Management Team");
		// December 2019: the network's member teams, the two Santa Cruz teams absent.
		assertThat(jdbc.queryForObject("select count(distinct r.team_id) from event_registration r join event e on "
				+ "e.id = r.event_id join event_attendee a on a.registration_id = r.id where e.title = "
				+ "'Monterey County Regional Network Convening — December 2019' and a.checked_in_at is not null",
				Integer.class))
			.isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from network_convening", Integer.class)).isEqualTo(5);
	}

	@Test
	void theCaseStudiesSayWhatTheInitiativesDocumentsSay() throws Exception {
		var sanJuan = page("/library/case-studies/" + caseStudyOf(SAN_JUAN));
		assertThat(sanJuan).contains("System of Professional Growth")
			.containsPattern("40,000 students\\s+at the time of the study")
			.containsPattern("currently [\\d,]+ students \\(CDE\\)");
		var pomona = page("/library/case-studies/" + caseStudyOf(POMONA));
		assertThat(pomona).contains("National Education Association")
			.contains("2012")
			.contains("contentious negotiations")
			.doesNotContain("System of Professional Growth")
			.containsPattern("25,000 students\\s+at the time of the study");
		var alhambra = page("/library/case-studies/" + caseStudyOf(ALHAMBRA));
		assertThat(alhambra).contains("2008 recession")
			.doesNotContain("convening")
			.containsPattern("18,000 students\\s+at the time of the study");
		// What the documents do not give is said to be sample text.
		assertThat(List.of(sanJuan, pomona, alhambra)).allSatisfy(text -> assertThat(text).contains("Sample text"));
	}

	@Test
	void noDemoTextFramesTheWorkAsBargaining() {
		var bargaining = Pattern.compile("bargain", Pattern.CASE_INSENSITIVE);
		for (var table : List.of("library_case_study", "library_resource", "event", "event_session",
				"coaching_engagement", "coaching_session", "team_meeting", "team_assessment_rating",
				"network_committee_member")) {
			for (var row : jdbc.queryForList("select * from " + table)) {
				row.forEach(
						(column, value) -> assertThat(value instanceof String text && bargaining.matcher(text).find())
							.as("%s.%s: %s", table, column, value)
							.isFalse());
			}
		}
		// Negotiations appear only in the history of how Pomona's collaboration grew.
		assertThat(jdbc.queryForList("select lea_cds_code from library_case_study where lower(title || what_led || "
				+ "into_practice || impact || challenges || coalesce(innovations, '') || coalesce(outcomes, '')) "
				+ "like '%negotiat%'", String.class))
			.containsOnly(POMONA);
	}

	private long caseStudyOf(String cdsCode) {
		return jdbc.queryForObject("select id from library_case_study where lea_cds_code = ?", Long.class, cdsCode);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user(STAFF))).andReturn().getResponse().getContentAsString();
	}

}
