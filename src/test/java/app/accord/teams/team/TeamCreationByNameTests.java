package app.accord.teams.team;

import app.accord.directory.Directory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** People know their district by name, not by its 14-digit CDS code. */
@SpringBootTest
@AutoConfigureMockMvc
class TeamCreationByNameTests {

	@Autowired
	TeamCreation creation;

	@Autowired
	TeamTestData data;

	@Autowired
	Directory directory;

	@Autowired
	TeamRepository teams;

	@Test
	void aTeamCanBeStartedByTheLeasFullNameInAnyCase() {
		var staff = signedInStaff();
		var lea = directory.findLea(data.freeLea()).orElseThrow();
		var id = creation.create(staff, lea.name().toUpperCase(), null, null);
		assertThat(teams.findById(id.value()).orElseThrow().summary().leaCdsCode()).isEqualTo(lea.cdsCode());
	}

	@Test
	void aNameThatFitsSeveralLeasIsAnsweredWithTheCandidates() {
		var staff = signedInStaff();
		assertThatThrownBy(() -> creation.create(staff, "Salinas", null, null))
			.isInstanceOfSatisfying(TeamRuleViolation.class, violation -> {
				assertThat(violation.messageKey()).isEqualTo("teams.create.lea.ambiguous");
				assertThat(violation.arguments()[1].toString()).contains("Salinas City Elementary (27661420000000)");
			});
	}

	@Test
	void aNameThatFitsNoLeaSaysSo() {
		var staff = signedInStaff();
		assertThatThrownBy(() -> creation.create(staff, "No Such District Anywhere", null, null))
			.isInstanceOfSatisfying(TeamRuleViolation.class,
					violation -> assertThat(violation.messageKey()).isEqualTo("teams.create.lea.noMatch"));
	}

	private app.accord.accounts.SignedInUser signedInStaff() {
		var staff = data.staff();
		TestSecurityContextHolder
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		return staff;
	}

}
