package app.accord.networks.network;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

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
 * The rules of networks and their members, through the pages a coordinator and staff use:
 * the hub is a county office, an LEA may be in two networks (and is told so), a member is
 * not added twice nor leaves twice, and a refused form saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkTestData data;

	@Autowired
	NetworkService networks;

	@Test
	void aHubThatIsNotACountyOfficeIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		var district = data.freeLea();
		var before = data.count("select count(*) from network");
		mvc.perform(post("/networks").with(user(data.staff()))
			.with(csrf())
			.param("name", "Hubless network")
			.param("hubCdsCode", district)
			.param("region", "CENTRAL_VALLEY")
			.param("firstSchoolYear", "2019"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a county office of education")))
			.andExpect(content().string(containsString("value=\"Hubless network\"")));
		assertThat(data.count("select count(*) from network")).isEqualTo(before);
	}

	@Test
	void staffCreateANetworkWithACountyOfficeAsHub() throws Exception {
		mvc.perform(post("/networks").with(user(data.staff()))
			.with(csrf())
			.param("name", "Kern Regional Network " + System.nanoTime())
			.param("hubCdsCode", data.countyOffice())
			.param("region", "CENTRAL_VALLEY")
			.param("firstSchoolYear", "2019")
			.param("lastSchoolYear", "2020")).andExpect(status().is3xxRedirection());
	}

	@Test
	void anLeaInTwoNetworksAtOnceIsAllowedAndThePageSaysSo() throws Exception {
		var first = data.network("First");
		var second = data.network("Second");
		var lea = data.freeLea();
		data.join(first, lea, LocalDate.of(2019, 8, 1));
		var coordinator = data.coordinatorOf(second);

		mvc.perform(post("/networks/{id}/members", second).with(user(coordinator))
			.with(csrf())
			.param("leaCdsCode", lea)
			.param("joinedOn", "2019-09-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("alsoIn", containsString("First")));
		mvc.perform(get("/networks/{id}", second).with(user(coordinator)))
			.andExpect(content().string(containsString("An LEA may belong to more than one network at once")))
			.andExpect(content().string(containsString(data.leaName(lea))));
		assertThat(data.count("select count(*) from network_member where lea_cds_code = ? and left_on is null", lea))
			.isEqualTo(2);
	}

	@Test
	void aCurrentMemberIsNotAddedTwiceAndOneThatLeftRejoinsOnlyFromTheDayItLeft() {
		var network = data.network("Rejoin");
		var lea = data.freeLea();
		data.join(network, lea, LocalDate.of(2018, 9, 1));
		NetworkTestData.as(data.staff(), () -> {
			assertThatThrownBy(() -> networks.addMember(network, lea, LocalDate.of(2019, 1, 1)))
				.isInstanceOf(NetworkRuleViolation.class)
				.hasMessage("networks.member.already");
			var memberId = networks.view(network).members().get(0).id();
			networks.memberLeaves(network, memberId, LocalDate.of(2019, 6, 30));
			assertThatThrownBy(() -> networks.addMember(network, lea, LocalDate.of(2019, 3, 1)))
				.isInstanceOf(NetworkRuleViolation.class)
				.hasMessage("networks.member.overlapsEarlier");
			networks.addMember(network, lea, LocalDate.of(2019, 9, 1));
			return null;
		});
		assertThat(data.count("select count(*) from network_member where network_id = ?", network)).isEqualTo(2);
	}

	@Test
	void aMemberThatAlreadyLeftCannotLeaveAgainAndThePageSaysWhen() throws Exception {
		var network = data.network("Left");
		var lea = data.freeLea();
		data.join(network, lea, LocalDate.of(2018, 9, 1));
		var memberId = NetworkTestData.as(data.staff(), () -> {
			var id = networks.view(network).members().get(0).id();
			networks.memberLeaves(network, id, LocalDate.of(2019, 6, 30));
			return id;
		});
		var coordinator = data.coordinatorOf(network);

		mvc.perform(post("/networks/{id}/members/{m}/leave", network, memberId).with(user(coordinator))
			.with(csrf())
			.param("leftOn", "2020-01-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This LEA already left the network on 2019-06-30.")));
		assertThat(data.count("select count(*) from network_member where id = ? and left_on = ?", memberId,
				LocalDate.of(2019, 6, 30)))
			.isEqualTo(1);
	}

	@Test
	void onlyNetworkConveningsCanBeLinkedAndTheTargetIsShownAgainstWhatIsScheduled() throws Exception {
		var network = data.network("Convenings");
		var coordinator = data.coordinatorOf(network);
		var convening = data.convening("Central Valley network convening " + System.nanoTime(),
				LocalDate.of(2019, 10, 10));
		mvc.perform(post("/networks/{id}/convenings", network).with(user(coordinator))
			.with(csrf())
			.param("eventId", String.valueOf(convening))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/networks/{id}", network).with(user(coordinator)))
			.andExpect(content().string(containsString("1 of 3 network convenings")));

		var webinar = data.convening("Not a convening " + System.nanoTime(), LocalDate.of(2019, 10, 11));
		data.makeWebinar(webinar);
		mvc.perform(post("/networks/{id}/convenings", network).with(user(coordinator))
			.with(csrf())
			.param("eventId", String.valueOf(webinar)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only events of the kind")));
		assertThat(data.count("select count(*) from network_convening where network_id = ?", network)).isEqualTo(1);
	}

	@Test
	void aCoordinatorOnlyAddsPeopleToTheCommitteeWithARoleAndSide() throws Exception {
		var network = data.network("Committee");
		var coordinator = data.coordinatorOf(network);
		mvc.perform(post("/networks/{id}/committee", network).with(user(coordinator))
			.with(csrf())
			.param("name", "Rosa Medina")
			.param("role", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give their role")))
			.andExpect(content().string(containsString("Choose labor or management.")));
		mvc.perform(post("/networks/{id}/committee", network).with(user(coordinator))
			.with(csrf())
			.param("name", "Rosa Medina")
			.param("role", "CSEA chapter president")
			.param("side", "LABOR")).andExpect(status().is3xxRedirection());
		assertThat(data.count("select count(*) from network_committee_member where network_id = ?", network))
			.isEqualTo(1);
	}

	@Test
	void staffNameACoordinatorByEmailAndAnUnknownEmailIsRefusedNextToTheField() throws Exception {
		var network = data.network("Coordinated");
		var staff = data.staff();
		mvc.perform(post("/networks/{id}/coordinators", network).with(user(staff))
			.with(csrf())
			.param("coordinatorEmail", "nobody-" + System.nanoTime() + "@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accord knows nobody with the email")))
			.andExpect(content().string(containsString("id=\"coordinatorEmail-error\"")));
		var coordinator = data.user("Named Coordinator", app.accord.accounts.Role.COORDINATOR);
		mvc.perform(post("/networks/{id}/coordinators", network).with(user(staff))
			.with(csrf())
			.param("coordinatorEmail", coordinator.email())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/networks/{id}", network).with(user(coordinator))).andExpect(status().isOk());
	}

}
