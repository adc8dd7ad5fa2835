package app.accord.teams.team;

import java.time.LocalDate;

import app.accord.accounts.PersonId;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import org.junit.jupiter.api.Test;

import static app.accord.teams.team.TeamMother.TODAY;
import static app.accord.teams.team.TeamMother.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamRosterTests {

	static final PersonId ROSA = new PersonId(1001);

	@Test
	void theRosterOfAPastDayShowsWhoWasOnTheTeamThen() {
		var team = TeamMother.team()
			.with(MemberRole.SUPERINTENDENT, Side.MANAGEMENT, new PersonId(1), LocalDate.of(2024, 1, 1))
			.with(MemberRole.BOARD_MEMBER, Side.MANAGEMENT, new PersonId(2), LocalDate.of(2024, 6, 1))
			.build();
		withIds(team);
		team.memberLeaves(team.history().get(0).getId(), LocalDate.of(2024, 9, 1), TODAY);

		assertThat(team.rosterOn(LocalDate.of(2024, 2, 1))).extracting(Membership::getRole)
			.containsExactly(MemberRole.SUPERINTENDENT);
		assertThat(team.rosterOn(LocalDate.of(2024, 7, 1))).extracting(Membership::getRole)
			.containsExactlyInAnyOrder(MemberRole.SUPERINTENDENT, MemberRole.BOARD_MEMBER);
		assertThat(team.rosterOn(LocalDate.of(2024, 9, 1))).extracting(Membership::getRole)
			.containsExactly(MemberRole.BOARD_MEMBER);
		assertThat(team.rosterOn(LocalDate.of(2023, 12, 31))).isEmpty();
	}

	@Test
	void aMemberWhoLeavesAndRejoinsHasTwoMembershipsInTheHistory() {
		var team = TeamMother.team().build();
		var first = team.addMember(details("Rosa Alvarez", "rosa@example.org", MemberRole.UNION_OFFICER, Side.LABOR),
				ROSA, LocalDate.of(2023, 1, 10), TODAY);
		withIds(team);
		team.memberLeaves(first.getId(), LocalDate.of(2024, 1, 10), TODAY);
		team.addMember(details("Rosa Alvarez", "rosa@example.org", MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR),
				ROSA, LocalDate.of(2024, 8, 1), TODAY);

		assertThat(team.history()).hasSize(2);
		assertThat(team.history().get(0).getLeftOn()).isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(team.current()).singleElement()
			.extracting(Membership::getRole)
			.isEqualTo(MemberRole.CERTIFICATED_UNION_PRESIDENT);
		assertThat(team.rosterOn(LocalDate.of(2024, 3, 1))).isEmpty();
	}

	@Test
	void aPersonCannotBeOnTheRosterTwiceAtOnce() {
		var team = TeamMother.team().build();
		team.addMember(details("Rosa Alvarez", "rosa@example.org", MemberRole.UNION_OFFICER, Side.LABOR), ROSA,
				LocalDate.of(2024, 1, 1), TODAY);

		assertThatThrownBy(() -> team.addMember(
				details("Rosa A.", "ROSA@example.org", MemberRole.PRINCIPAL, Side.MANAGEMENT), ROSA, TODAY, TODAY))
			.isInstanceOf(TeamConflict.class)
			.extracting("messageKey")
			.isEqualTo("teams.member.duplicate");
	}

	@Test
	void aRejoinCannotStartBeforeTheEarlierMembershipEnded() {
		var team = TeamMother.team().build();
		var first = team.addMember(details("Rosa", "rosa@example.org", MemberRole.UNION_OFFICER, Side.LABOR), ROSA,
				LocalDate.of(2023, 1, 1), TODAY);
		withIds(team);
		team.memberLeaves(first.getId(), LocalDate.of(2024, 6, 1), TODAY);

		assertThatThrownBy(
				() -> team.addMember(details("Rosa", "rosa@example.org", MemberRole.UNION_OFFICER, Side.LABOR), ROSA,
						LocalDate.of(2024, 5, 1), TODAY))
			.extracting("messageKey")
			.isEqualTo("teams.member.overlapsEarlier");
	}

	@Test
	void leavingBeforeJoiningOrInTheFutureIsRefusedAndChangesNothing() {
		var team = TeamMother.team()
			.with(MemberRole.PRINCIPAL, Side.MANAGEMENT, null, LocalDate.of(2024, 5, 1))
			.build();
		withIds(team);
		var id = team.history().get(0).getId();

		assertThatThrownBy(() -> team.memberLeaves(id, LocalDate.of(2024, 4, 30), TODAY)).extracting("messageKey")
			.isEqualTo("teams.member.leftBeforeJoined");
		assertThatThrownBy(() -> team.memberLeaves(id, TODAY.plusDays(1), TODAY)).extracting("messageKey")
			.isEqualTo("teams.member.leftInFuture");
		assertThat(team.current()).hasSize(1);
	}

	@Test
	void nobodyJoinsInTheFuture() {
		var team = TeamMother.team().build();
		assertThatThrownBy(() -> team.addMember(details("Later", null, MemberRole.OTHER, Side.LABOR), null,
				TODAY.plusDays(1), TODAY))
			.extracting("field", "messageKey")
			.containsExactly("joinedOn", "teams.member.joinedInFuture");
	}

	@Test
	void theLastCoLeadMustHandOverBeforeLeaving() {
		var team = TeamMother.team()
			.withCoLead(ROSA, "rosa@example.org", MemberRole.SUPERINTENDENT, Side.MANAGEMENT)
			.with(MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR, new PersonId(1002), TODAY.minusDays(10))
			.build();
		withIds(team);
		var coLead = team.history().get(0).getId();
		var other = team.history().get(1).getId();

		assertThatThrownBy(() -> team.memberLeaves(coLead, TODAY, TODAY)).extracting("messageKey")
			.isEqualTo("teams.member.lastCoLead");
		team.appointCoLead(other);
		team.memberLeaves(coLead, TODAY, TODAY);
		assertThat(team.coLeads()).extracting(Membership::getId).containsExactly(other);
	}

	@Test
	void aMemberWithoutEmailCannotBeCoLead() {
		var team = TeamMother.team().with(MemberRole.BOARD_MEMBER, Side.MANAGEMENT).build();
		withIds(team);
		assertThatThrownBy(() -> team.appointCoLead(team.history().get(0).getId())).extracting("messageKey")
			.isEqualTo("teams.member.coLeadNeedsEmail");
	}

	@Test
	void compositionCountsOnlyCurrentMembers() {
		var team = TeamMother.team().minimumTeam().build();
		withIds(team);
		assertThat(team.composition().complete()).isTrue();
		team.memberLeaves(team.history().get(0).getId(), TODAY, TODAY);
		assertThat(team.composition().missingRoles()).containsExactly(MemberRole.SUPERINTENDENT);
		assertThat(team.composition().managementCount()).isEqualTo(1);
	}

	/** Memberships get ids when saved; unit tests number them. */
	static void withIds(Team team) {
		var next = 1L;
		for (var membership : team.history()) {
			if (membership.getId() == null) {
				org.springframework.test.util.ReflectionTestUtils.setField(membership, "id", next);
			}
			next++;
		}
	}

}
