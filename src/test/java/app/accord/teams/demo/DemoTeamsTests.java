package app.accord.teams.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo teams are created once and a second run changes nothing. Runs in the shared
 * context (the demo profile is off), on LEAs no other test uses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoTeamsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void creatingTheDemoTeamsTwiceMakesThemOnce() {
		var demo = context.getAutowireCapableBeanFactory().createBean(DemoTeams.class);
		demo.createSampleData();
		var teams = count("select count(*) from team");
		var members = count("select count(*) from team_membership");
		demo.createSampleData();

		assertThat(count("select count(*) from team")).isEqualTo(teams);
		assertThat(count("select count(*) from team_membership")).isEqualTo(members);
		assertThat(
				jdbc.queryForObject("select name from team where active_lea_cds_code = '27659610000000'", String.class))
			.isEqualTo("Alisal Labor Management Accord (ALMA)");
		assertThat(count(
				"select count(*) from team_meeting m join team t on t.id = m.team_id where t.active_lea_cds_code = '27659610000000'"))
			.isEqualTo(4 + DemoTeams.networkHistory("27659610000000").size());
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
