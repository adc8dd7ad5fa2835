package app.accord.networks.demo;

import java.time.LocalDate;

import app.accord.ModuleClasses;
import app.accord.networks.dashboard.NetworkDashboards;
import app.accord.networks.network.NetworkService;
import app.accord.networks.network.NetworkTestData;
import app.accord.shared.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Monterey County network of the demo reads about 75% in December 2019, as the seeds
 * report, and a second run changes nothing. Runs in the shared context (the demo profile
 * is off) after the other modules' demo data it builds on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoNetworksTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	NetworkDashboards dashboards;

	@Autowired
	NetworkService networks;

	@Autowired
	NetworkTestData data;

	@Test
	void theMontereyNetworkReadsSeventyFivePercentInDecember2019() throws Exception {
		// The other modules' demo data, as the demo profile creates it before this (their
		// classes are not ours to see: found by module and name wherever they live in
		// it).
		run("directory", "DemoOrganizations");
		run("teams", "DemoTeams");
		run("events", "DemoEvents");
		var demo = context.getAutowireCapableBeanFactory().createBean(DemoNetworks.class);
		demo.createSampleData();
		var engagements = data.count("select count(*) from coaching_engagement");
		demo.createSampleData();

		assertThat(data.count("select count(*) from coaching_engagement")).isEqualTo(engagements);
		var id = networks.idsByName().get(DemoNetworks.MONTEREY);
		var dashboard = NetworkTestData.as(data.staff(), () -> dashboards.dashboard(id, LocalDate.of(2019, 12, 15)));
		assertThat(dashboard.memberCount()).isEqualTo(12);
		assertThat(dashboard.meetingRegularlyCount()).isEqualTo(9);
		assertThat(dashboard.sharePercent()).isEqualTo(75);
		assertThat(dashboard.conveningsHeld()).hasSize(4);
		var inMarch = NetworkTestData.as(data.staff(), () -> dashboards.dashboard(id, LocalDate.of(2020, 3, 15)));
		assertThat(inMarch.memberCount()).isEqualTo(13);
		assertThat(data.count("""
				select count(*) from coaching_session s join coaching_engagement e on e.id = s.engagement_id
				where e.lea_cds_code = '27659610000000'""")).isEqualTo(8);
	}

	/** Another module's demo data, as the demo profile would have it. */
	private void run(String module, String simpleName) {
		((DemoData) context.getAutowireCapableBeanFactory().createBean(ModuleClasses.find(module, simpleName)))
			.createSampleData();
	}

}
