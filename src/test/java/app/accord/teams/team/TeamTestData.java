package app.accord.teams.team;

import java.util.UUID;

import app.accord.accounts.People;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh people, LEAs without a team, and saved teams for integration tests that share one
 * database.
 */
@Component
public class TeamTestData {

	private final People people;

	private final Directory directory;

	private final TeamRepository teams;

	private final MembershipRepository memberships;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	TeamTestData(People people, Directory directory, TeamRepository teams, MembershipRepository memberships,
			JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.people = people;
		this.directory = directory;
		this.teams = teams;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	public static String freshEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	public SignedInUser person(String name) {
		return user(name, Role.MEMBER);
	}

	public SignedInUser staff() {
		return user("staff", Role.STAFF);
	}

	private SignedInUser user(String name, Role role) {
		var email = freshEmail(name.toLowerCase().replace(' ', '.'));
		var id = people.findOrCreate(email, name);
		return new SignedInUser(id, email, name, role, true, null);
	}

	/** An LEA that has never had a team (tests never reuse one). */
	public String freeLea() {
		return jdbc.queryForObject("""
				select min(cds_code) from directory_lea
				where cds_code not in (select lea_cds_code from team)""", String.class);
	}

	/** A saved team of a fresh LEA with this person as co-lead (superintendent). */
	long teamLedBy(SignedInUser coLead) {
		return save(TeamMother.team()
			.lea(directory.findLea(freeLea()).orElseThrow())
			.withCoLead(coLead.personId(), coLead.email(), MemberRole.SUPERINTENDENT, Side.MANAGEMENT));
	}

	long save(TeamMother mother) {
		return transactions.execute(status -> teams.saveAndFlush(mother.build()).getId());
	}

	/** Adds a current member (not co-lead) who has an account. */
	long addMember(long teamId, SignedInUser person, MemberRole role, Side side) {
		return transactions.execute(status -> {
			var team = teams.findById(teamId).orElseThrow();
			return memberships
				.saveAndFlush(team.addMember(TeamMother.details(person.displayName(), person.email(), role, side),
						person.personId(), TeamMother.TODAY, TeamMother.TODAY))
				.getId();
		});
	}

}
