package app.accord.teams.team;

import java.util.List;

import app.accord.teams.Composition;
import app.accord.teams.Composition.Seat;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionTests {

	@Test
	void aTeamWithTheFourMinimumRolesIsComplete() {
		var composition = Composition.of(List.of(new Seat(MemberRole.SUPERINTENDENT, Side.MANAGEMENT),
				new Seat(MemberRole.BOARD_MEMBER, Side.MANAGEMENT),
				new Seat(MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR),
				new Seat(MemberRole.CLASSIFIED_UNION_PRESIDENT, Side.LABOR)));

		assertThat(composition.complete()).isTrue();
		assertThat(composition.missingRoles()).isEmpty();
		assertThat(composition.laborShare()).isEqualTo(50);
		assertThat(composition.hintKey()).isEqualTo("teams.composition.hint.balanced");
	}

	@Test
	void missingRolesAreListedInTheOrderOfTheRoles() {
		var composition = Composition.of(List.of(new Seat(MemberRole.BOARD_MEMBER, Side.MANAGEMENT),
				new Seat(MemberRole.PRINCIPAL, Side.MANAGEMENT), new Seat(MemberRole.UNION_OFFICER, Side.LABOR)));

		assertThat(composition.complete()).isFalse();
		assertThat(composition.missingRoles()).containsExactly(MemberRole.SUPERINTENDENT,
				MemberRole.CERTIFICATED_UNION_PRESIDENT, MemberRole.CLASSIFIED_UNION_PRESIDENT);
		assertThat(composition.laborCount()).isEqualTo(1);
		assertThat(composition.managementCount()).isEqualTo(2);
	}

	@Test
	void theHintSaysWhichSideToStrengthen() {
		var mostlyManagement = Composition.of(List.of(new Seat(MemberRole.SUPERINTENDENT, Side.MANAGEMENT),
				new Seat(MemberRole.PRINCIPAL, Side.MANAGEMENT), new Seat(MemberRole.PRINCIPAL, Side.MANAGEMENT),
				new Seat(MemberRole.UNION_OFFICER, Side.LABOR)));
		var mostlyLabor = Composition.of(List.of(new Seat(MemberRole.UNION_OFFICER, Side.LABOR),
				new Seat(MemberRole.SITE_REPRESENTATIVE, Side.LABOR),
				new Seat(MemberRole.SUPERINTENDENT, Side.MANAGEMENT)));

		assertThat(mostlyManagement.laborShare()).isEqualTo(25);
		assertThat(mostlyManagement.hintKey()).isEqualTo("teams.composition.hint.needsLabor");
		assertThat(mostlyLabor.hintKey()).isEqualTo("teams.composition.hint.needsManagement");
		assertThat(Composition.of(List.of()).hintKey()).isEqualTo("teams.composition.hint.empty");
	}

}
