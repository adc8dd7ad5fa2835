package app.accord.networks.coaching;

import java.time.LocalDate;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.networks.network.NetworkPolicy;
import app.accord.networks.network.NetworkRuleViolation;
import app.accord.networks.network.NetworkTestData;
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
 * Coaching engagements: consultants log sessions within the period of their own
 * engagements and see nobody else's; the LEA team's co-leads follow theirs; an LEA has
 * one engagement at a time. A consultant who tries another engagement's id gets 403,
 * whether that engagement exists or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementTests {

	static final LocalDate START = LocalDate.of(2019, 8, 1);

	static final LocalDate END = LocalDate.of(2020, 6, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkTestData data;

	@Autowired
	NetworkPolicy policy;

	SignedInUser consultantA;

	SignedInUser consultantB;

	String leaA;

	long engagementA;

	long engagementB;

	@BeforeEach
	void twoEngagements() {
		consultantA = data.user("Consultant A", Role.CONSULTANT);
		consultantB = data.user("Consultant B", Role.CONSULTANT);
		leaA = data.freeLea();
		engagementA = data.activeEngagement(leaA, consultantA, START, END);
		engagementB = data.activeEngagement(data.freeLea(), consultantB, START, END);
	}

	@Test
	void aConsultantLogsASessionOfTheirEngagementAndSeesTheProgress() throws Exception {
		mvc.perform(post("/engagements/{id}/sessions", engagementA).with(user(consultantA))
			.with(csrf())
			.param("heldOn", "2019-09-10")
			.param("durationMinutes", "90")
			.param("laborParticipants", "3")
			.param("managementParticipants", "2")
			.param("notes", "Interest-based protocol")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/engagements/{id}", engagementA).with(user(consultantA)))
			.andExpect(content().string(containsString("1 of 6 planned sessions held, 1.5 hours of coaching.")))
			.andExpect(content().string(containsString("Interest-based protocol")));
		mvc.perform(get("/engagements").with(user(consultantA)))
			.andExpect(content().string(containsString(data.leaName(leaA))))
			.andExpect(content().string(not(containsString("/engagements/" + engagementB + "\""))));
	}

	@Test
	void aConsultantGuessingAnotherEngagementsIdGets403ForExistingAndMissingAlike() throws Exception {
		mvc.perform(get("/engagements/{id}", engagementB).with(user(consultantA))).andExpect(status().isForbidden());
		mvc.perform(get("/engagements/{id}", 987654321L).with(user(consultantA))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/engagements/{id}", engagementB).with(user(consultantA)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Interest-based"))));
		mvc.perform(get("/api/v1/engagements/{id}", 987654321L).with(user(consultantA)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/engagements/{id}/sessions", engagementB).with(user(consultantA))
			.contentType("application/json")
			.content("""
					{"heldOn":"2019-09-10","durationMinutes":60,"laborParticipants":1,"managementParticipants":1}"""))
			.andExpect(status().isForbidden());
		mvc.perform(post("/engagements/{id}/sessions", engagementB).with(user(consultantA))
			.with(csrf())
			.param("heldOn", "2019-09-10")
			.param("durationMinutes", "60")
			.param("laborParticipants", "1")
			.param("managementParticipants", "1")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/engagements").with(user(consultantA)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(engagementA));
		assertThat(data.count("select count(*) from coaching_session where engagement_id = ?", engagementB)).isZero();
		// Staff asking for an engagement that does not exist are told so.
		mvc.perform(get("/engagements/{id}", 987654321L).with(user(data.staff()))).andExpect(status().isNotFound());
	}

	@Test
	void theLeaTeamsCoLeadFollowsTheEngagementButCannotLogAndOthersSeeNothing() throws Exception {
		var coLead = data.user("Co Lead", Role.MEMBER);
		data.team(mvc, leaA, coLead);
		mvc.perform(get("/engagements/{id}", engagementA).with(user(coLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Log the session"))));
		mvc.perform(get("/engagements").with(user(coLead)))
			.andExpect(content().string(containsString(data.leaName(leaA))));
		mvc.perform(post("/api/v1/engagements/{id}/sessions", engagementA).with(user(coLead))
			.contentType("application/json")
			.content("""
					{"heldOn":"2019-09-10","durationMinutes":60,"laborParticipants":1,"managementParticipants":1}"""))
			.andExpect(status().isForbidden());
		mvc.perform(get("/engagements/{id}", engagementB).with(user(coLead))).andExpect(status().isForbidden());
		var member = data.user("Member", Role.MEMBER);
		mvc.perform(get("/engagements/{id}", engagementA).with(user(member))).andExpect(status().isForbidden());
		var coordinator = data.user("Coordinator", Role.COORDINATOR);
		mvc.perform(get("/engagements/{id}", engagementA).with(user(coordinator))).andExpect(status().isForbidden());
		mvc.perform(get("/engagements/{id}", engagementA)).andExpect(redirectedUrl("/signin"));
		mvc.perform(get("/api/v1/engagements/{id}", engagementA)).andExpect(status().isUnauthorized());
	}

	@Test
	void theSessionFormIsOfferedToExactlyThoseThePolicyAndTheServiceLetLog() throws Exception {
		var staff = data.staff();
		var coLead = data.user("Co Lead", Role.MEMBER);
		data.team(mvc, leaA, coLead);
		// Listed as a consultant of the engagement without holding the consultant role.
		var listedMember = data.user("Listed Member", Role.MEMBER);
		NetworkTestData.as(staff, () -> {
			data.engagements().assign(engagementA, listedMember.email());
			return null;
		});

		for (var who : new SignedInUser[] { consultantA, staff, coLead, listedMember, consultantB }) {
			var mayLog = who == consultantA || who == staff;
			assertThat(policy.canLog(who, engagementA)).as(who.displayName()).isEqualTo(mayLog);
			var page = mvc.perform(get("/engagements/{id}", engagementA).with(user(who))).andReturn().getResponse();
			var offered = page.getStatus() == 200 && page.getContentAsString().contains("Log the session");
			assertThat(offered).as("form offered to %s", who.displayName()).isEqualTo(mayLog);
			mvc.perform(post("/api/v1/engagements/{id}/sessions", engagementA).with(user(who))
				.contentType("application/json")
				.content(
						"""
								{"heldOn":"2019-09-10","durationMinutes":60,"laborParticipants":1,"managementParticipants":1}"""))
				.andExpect(mayLog ? status().isCreated() : status().isForbidden());
		}
		assertThat(data.count("select count(*) from coaching_session where engagement_id = ?", engagementA))
			.isEqualTo(2);
	}

	@Test
	void aSessionOutsideThePeriodOrInTheFutureIsRefusedNextToTheDateAndNothingIsSaved() throws Exception {
		mvc.perform(post("/engagements/{id}/sessions", engagementA).with(user(consultantA))
			.with(csrf())
			.param("heldOn", "2019-07-31")
			.param("durationMinutes", "60")
			.param("laborParticipants", "1")
			.param("managementParticipants", "1")
			.param("notes", "Typed notes stay"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The session must fall within the engagement&#39;s period, 2019-08-01 to 2020-06-30.")))
			.andExpect(content().string(containsString("Typed notes stay")));
		mvc.perform(post("/api/v1/engagements/{id}/sessions", engagementA).with(user(consultantA))
			.contentType("application/json")
			.content("""
					{"heldOn":"2020-07-01","durationMinutes":60,"laborParticipants":1,"managementParticipants":1}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("heldOn"));
		var current = data.activeEngagement(data.freeLea(), consultantA, LocalDate.now().minusDays(10),
				LocalDate.now().plusDays(100));
		mvc.perform(post("/api/v1/engagements/{id}/sessions", current).with(user(consultantA))
			.contentType("application/json")
			.content("""
					{"heldOn":"%s","durationMinutes":60,"laborParticipants":1,"managementParticipants":1}"""
				.formatted(LocalDate.now().plusDays(5))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("future")));
		assertThat(
				data.count("select count(*) from coaching_session where engagement_id in (?, ?)", engagementA, current))
			.isZero();
	}

	@Test
	void overlappingEngagementsOfOneLeaAreRefusedUnlessTheEarlierWasCancelled() throws Exception {
		var partner = data.consultingPartner();
		var before = data.count("select count(*) from coaching_engagement where lea_cds_code = ?", leaA);
		mvc.perform(post("/engagements").with(user(data.staff()))
			.with(csrf())
			.param("leaCdsCode", leaA)
			.param("organizationId", String.valueOf(partner))
			.param("goals", "A second scope")
			.param("sessionsPlanned", "4")
			.param("startsOn", "2020-03-01")
			.param("endsOn", "2020-12-31")
			.param("consultants", consultantB.email()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has an engagement from 2019-08-01 to 2020-06-30")));
		assertThat(data.count("select count(*) from coaching_engagement where lea_cds_code = ?", leaA))
			.isEqualTo(before);
		// Right after it ends is fine.
		mvc.perform(post("/api/v1/engagements").with(user(data.staff()))
			.contentType("application/json")
			.content("""
					{"leaCdsCode":"%s","organizationId":%d,"goals":"Next year","sessionsPlanned":4,
					 "startsOn":"2020-07-01","endsOn":"2021-06-30","amount":12000.50,"consultantEmails":["%s"]}"""
				.formatted(leaA, partner, consultantB.email())))
			.andExpect(status().isCreated());
		// Cancelling the first frees its period.
		mvc.perform(post("/engagements/{id}/status", engagementA).with(user(data.staff()))
			.with(csrf())
			.param("status", "CANCELLED")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/engagements").with(user(data.staff())).contentType("application/json").content("""
				{"leaCdsCode":"%s","organizationId":%d,"goals":"Replacement","sessionsPlanned":2,
				 "startsOn":"2019-09-01","endsOn":"2020-01-31"}""".formatted(leaA, partner)))
			.andExpect(status().isCreated());
	}

	@Test
	void onlyAConsultingPartnerCanCoachAndOnlyStaffRecordEngagements() throws Exception {
		mvc.perform(post("/api/v1/engagements").with(user(data.staff())).contentType("application/json").content("""
				{"leaCdsCode":"%s","organizationId":%d,"goals":"Coaching","sessionsPlanned":4,
				 "startsOn":"2021-07-01","endsOn":"2022-06-30"}""".formatted(data.freeLea(), data.union())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("is not a consulting partner")));
		mvc.perform(post("/api/v1/engagements").with(user(consultantA)).contentType("application/json").content("""
				{"leaCdsCode":"%s","organizationId":%d,"goals":"Coaching","sessionsPlanned":4,
				 "startsOn":"2021-07-01","endsOn":"2022-06-30"}""".formatted(data.freeLea(), data.consultingPartner())))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffSeeEveryEngagementFilterAndExportThem() throws Exception {
		var staff = data.staff();
		mvc.perform(get("/engagements").param("q", data.leaName(leaA)).with(user(staff)))
			.andExpect(content().string(containsString("/engagements/" + engagementA)))
			.andExpect(content().string(not(containsString("/engagements/" + engagementB + "\""))));
		var csv = mvc
			.perform(get("/engagements/export").param("format", "csv").param("status", "ACTIVE").with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(leaA).contains("Consultant A");
		mvc.perform(get("/api/v1/engagements").header("Authorization", "Bearer test-bootstrap-token-0123456789abcdef"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].sessionsPlanned", engagementA).value(6));
	}

	@Test
	void staffCreatingOverlappingEngagementsForOneLeaAtOnceGetExactlyOne() throws Exception {
		var lea = data.freeLea();
		var partner = data.consultingPartner();
		var staff = data.staff();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		var start = new java.util.concurrent.CountDownLatch(1);
		var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
		try {
			for (int i = 0; i < 8; i++) {
				var goals = "Race " + i;
				results.add(pool.submit(() -> {
					start.await();
					try {
						NetworkTestData.as(staff,
								() -> data.engagements()
									.create(new EngagementDetails(lea, partner, goals, null, 4, START, END, null),
											java.util.List.of()));
						return "created";
					}
					catch (NetworkRuleViolation refused) {
						return refused.getMessage();
					}
				}));
			}
			start.countDown();
			var outcomes = new java.util.ArrayList<String>();
			for (var result : results) {
				outcomes.add(result.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
			assertThat(outcomes).filteredOn("networks.engagement.overlaps"::equals).hasSize(7);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(data.count("select count(*) from coaching_engagement where lea_cds_code = ?", lea)).isEqualTo(1);
	}

	@Test
	void aSessionWithMinutesTypedAsWordsKeepsItsDayAndShowsEveryError() throws Exception {
		mvc.perform(post("/engagements/{id}/sessions", engagementA).with(user(consultantA))
			.with(csrf())
			.param("heldOn", "2019-09-10")
			.param("durationMinutes", "ninety")
			.param("laborParticipants", "three")
			.param("managementParticipants", "2")
			.param("notes", "Typed notes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2019-09-10\"")))
			.andExpect(content().string(containsString("value=\"ninety\"")))
			.andExpect(content().string(containsString("value=\"three\"")))
			.andExpect(content().string(containsString("Typed notes")))
			.andExpect(content().string(containsString("Enter a whole number of minutes.")))
			.andExpect(content().string(containsString("Enter a whole number.")));
	}

	@Test
	void anEngagementWithAnAmountTypedAsWordsKeepsItsDates() throws Exception {
		var partner = data.consultingPartner();
		mvc.perform(post("/engagements").with(user(data.staff()))
			.with(csrf())
			.param("leaCdsCode", data.freeLea())
			.param("organizationId", String.valueOf(partner))
			.param("goals", "Sample goals")
			.param("sessionsPlanned", "6")
			.param("startsOn", "2026-09-01")
			.param("endsOn", "2027-06-30")
			.param("amount", "lots"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-09-01\"")))
			.andExpect(content().string(containsString("value=\"2027-06-30\"")))
			.andExpect(content().string(containsString("value=\"lots\"")))
			.andExpect(content().string(containsString("Enter an amount like 24000 or 24000.50.")));
	}

}
