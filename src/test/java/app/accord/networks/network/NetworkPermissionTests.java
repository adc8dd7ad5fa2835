package app.accord.networks.network;

import java.time.LocalDate;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator runs their own network and sees nothing of another; a member with no
 * network role sees none; anonymous visitors are sent to sign in; staff see all. Refusals
 * are 403 whether the network exists or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkPermissionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkTestData data;

	long networkA;

	long networkB;

	SignedInUser coordinatorA;

	SignedInUser coordinatorB;

	String leaOfB;

	@BeforeEach
	void twoNetworks() {
		networkA = data.network("Network A");
		networkB = data.network("Network B");
		coordinatorA = data.coordinatorOf(networkA);
		coordinatorB = data.coordinatorOf(networkB);
		leaOfB = data.freeLea();
		data.join(networkB, leaOfB, LocalDate.of(2019, 8, 1));
	}

	@Test
	void aCoordinatorRunsTheirOwnNetwork() throws Exception {
		mvc.perform(get("/networks/{id}", networkA).with(user(coordinatorA))).andExpect(status().isOk());
		mvc.perform(get("/networks/{id}/dashboard", networkA).with(user(coordinatorA))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/networks/{id}/dashboard", networkA).with(user(coordinatorA)))
			.andExpect(status().isOk());
		mvc.perform(get("/networks").with(user(coordinatorA)))
			.andExpect(content().string(containsString("Network A")))
			.andExpect(content().string(not(containsString("Network B"))));
	}

	@Test
	void aCoordinatorOfAnotherNetworkSeesAndChangesNothingOfIt() throws Exception {
		mvc.perform(get("/networks/{id}", networkB).with(user(coordinatorA))).andExpect(status().isForbidden());
		mvc.perform(get("/networks/{id}/dashboard", networkB).with(user(coordinatorA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/networks/{id}/dashboard/export", networkB).param("format", "csv").with(user(coordinatorA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/networks/{id}/map", networkB).with(user(coordinatorA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/networks/{id}/dashboard", networkB).with(user(coordinatorA)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(leaOfB))));
		mvc.perform(post("/networks/{id}/members", networkB).with(user(coordinatorA))
			.with(csrf())
			.param("leaCdsCode", data.freeLea())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/networks/{id}/members", networkB).with(user(coordinatorA))
			.contentType("application/json")
			.content("{\"leaCdsCode\":\"" + data.freeLea() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/networks").with(user(coordinatorA)))
			.andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) networkB))));
		assertThat(data.count("select count(*) from network_member where network_id = ?", networkB)).isEqualTo(1);
	}

	@Test
	void aNetworkThatDoesNotExistIsRefusedLikeOneThatDoes() throws Exception {
		mvc.perform(get("/networks/{id}/dashboard", 987654321L).with(user(coordinatorA)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/networks/{id}/dashboard", 987654321L).with(user(data.staff())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorRoleWithoutTheNetworkIsNotEnoughAndAMemberGetsNothing() throws Exception {
		var otherCoordinator = data.user("Unscoped", Role.COORDINATOR);
		mvc.perform(get("/networks/{id}", networkA).with(user(otherCoordinator))).andExpect(status().isForbidden());
		var member = data.user("Member", Role.MEMBER);
		mvc.perform(get("/networks/{id}/dashboard", networkA).with(user(member))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/networks").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
		// Named coordinator of the network, but the account is a plain member's: no
		// access.
		var plain = data.user("Plain", Role.MEMBER);
		data.nameCoordinator(networkA, plain);
		mvc.perform(get("/networks/{id}", networkA).with(user(plain))).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/networks/{id}/dashboard", networkA)).andExpect(redirectedUrl("/signin"));
		mvc.perform(get("/networks")).andExpect(redirectedUrl("/signin"));
		mvc.perform(get("/api/v1/networks/{id}/dashboard", networkA)).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyStaffCreateNetworksAndNameCoordinators() throws Exception {
		mvc.perform(get("/networks/new").with(user(coordinatorA))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/networks").with(user(coordinatorA))
			.contentType("application/json")
			.content("""
					{"name":"Rogue","hubCdsCode":"%s","region":"central-valley","firstSchoolYear":2019}"""
				.formatted(data.countyOffice())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/networks/{id}/coordinators", networkA).with(user(coordinatorA))
			.with(csrf())
			.param("coordinatorEmail", coordinatorB.email())).andExpect(status().isForbidden());
		mvc.perform(get("/networks/{id}", networkA).with(user(coordinatorB))).andExpect(status().isForbidden());
		mvc.perform(get("/networks/{id}", networkB).with(user(data.staff()))).andExpect(status().isOk());
	}

}
