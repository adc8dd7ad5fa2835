package app.accord.events.demo;

import app.accord.shared.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo events are created once, with registrations from the demo teams. Runs in the
 * shared context (the demo profile is off).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoEventsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void creatingTheDemoEventsTwiceMakesThemOnceWithRegistrationsFromTheDemoTeams() throws Exception {
		// The teams module's demo data, as the demo profile would have it (its class is
		// not ours to name).
		((DemoData) context.getAutowireCapableBeanFactory()
			.createBean(Class.forName("app.accord.teams.demo.DemoTeams"))).createSampleData();

		var demo = context.getAutowireCapableBeanFactory().createBean(DemoEvents.class);
		demo.createSampleData();
		var events = count("select count(*) from event");
		var registrations = count("select count(*) from event_registration");
		demo.createSampleData();

		assertThat(count("select count(*) from event")).isEqualTo(events);
		assertThat(count("select count(*) from event_registration")).isEqualTo(registrations);
		var institute = jdbc
			.queryForObject("select id from event where kind = 'SUMMER_INSTITUTE' and title like 'Summer Institute 2%' "
					+ "and title <> 'Summer Institute 2019'", Long.class);
		assertThat(count("select count(*) from event_session where event_id = " + institute)).isEqualTo(6);
		assertThat(
				count("select count(*) from event_registration where status = 'CONFIRMED' and event_id = " + institute))
			.isEqualTo(3);
		assertThat(count("select count(*) from event where title like 'Universal Convening — %'")).isEqualTo(3);
		assertThat(count("select count(*) from event where kind = 'WEBINAR' and title like 'Webinar: Labor%'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from event where kind = 'REGIONAL_NETWORK_CONVENING' and title like '"
				+ DemoEvents.MONTEREY_CONVENING + "%'"))
			.isEqualTo(5);
		// December 2019: twelve member teams registered, the two Santa Cruz teams absent.
		assertThat(count("select count(distinct r.team_id) from event_registration r join event e on e.id = r.event_id"
				+ " join event_attendee a on a.registration_id = r.id where e.title = '" + DemoEvents.MONTEREY_CONVENING
				+ " — December 2019' and a.checked_in_at is not null"))
			.isEqualTo(10);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
