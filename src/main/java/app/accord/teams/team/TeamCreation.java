package app.accord.teams.team;

import java.time.Clock;
import java.time.LocalDate;

import app.accord.accounts.AuditTrail;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.TeamId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Starts the team of an LEA (at most one active team each) and closes it.
 */
@Service
public class TeamCreation {

	private final TeamRepository teams;

	private final Directory directory;

	private final Transactions transactions;

	private final Clock clock;

	private final AuditTrail audit;

	private final TeamPolicy policy;

	TeamCreation(TeamRepository teams, Directory directory, Transactions transactions, Clock clock, AuditTrail audit,
			TeamPolicy policy) {
		this.policy = policy;
		this.teams = teams;
		this.directory = directory;
		this.transactions = transactions;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * What the person starting a team says about themselves; {@code null} when staff
	 * start a team for an LEA, since they do not sit on it.
	 */
	record Founder(String title, MemberRole role, Side side, String organization) {
	}

	/**
	 * Creates the LEA's team. A person who is not staff becomes its first co-lead, and
	 * must say what role and side they hold.
	 */
	/**
	 * The LEA named by its CDS code or, as people know it, by its name: a name that fits
	 * several LEAs is answered with the candidates.
	 */
	private LeaSummary findLea(String text) {
		if (text.matches("\\d{14}")) {
			return directory.findLea(text)
				.orElseThrow(() -> new TeamRuleViolation("leaCdsCode", "teams.create.lea.unknown", text));
		}
		var matches = directory.search(text, 6);
		var exact = matches.stream().filter(lea -> lea.name().equalsIgnoreCase(text)).toList();
		if (exact.size() == 1) {
			return exact.get(0);
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.isEmpty()) {
			throw new TeamRuleViolation("leaCdsCode", "teams.create.lea.noMatch", text);
		}
		var candidates = matches.stream().limit(5).map(lea -> lea.name() + " (" + lea.cdsCode() + ")").toList();
		throw new TeamRuleViolation("leaCdsCode", "teams.create.lea.ambiguous", text, String.join("; ", candidates));
	}

	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	public TeamId create(SignedInUser actor, String cdsCode, String name, Founder founder) {
		var code = cdsCode == null ? "" : cdsCode.trim();
		if (code.isEmpty()) {
			throw new TeamRuleViolation("leaCdsCode", "teams.create.lea.required");
		}
		var lea = findLea(code);
		if (name != null && name.trim().length() > 200) {
			throw new TeamRuleViolation("name", "teams.create.name.tooLong");
		}
		var founding = policy.isStaff(actor) ? null : founderDetails(actor, founder);
		var conflict = new TeamConflict("leaCdsCode", "teams.create.alreadyHasTeam", lea.name());
		return transactions.inNew(() -> {
			if (teams.findByActiveLeaCdsCode(lea.cdsCode()).isPresent()) {
				throw conflict;
			}
			var team = new Team(lea, name, clock.instant());
			if (founding != null) {
				team.addMember(founding, actor.personId(), LocalDate.now(clock), LocalDate.now(clock)).makeCoLead();
			}
			teams.saveAndFlush(team);
			audit.record("team.created", lea.cdsCode(), "team " + team.getId());
			return new TeamId(team.getId());
		}, () -> conflict);
	}

	private static MemberDetails founderDetails(SignedInUser actor, Founder founder) {
		if (founder == null || founder.role() == null) {
			throw new TeamRuleViolation("role", "teams.member.role.required");
		}
		if (founder.side() == null) {
			throw new TeamRuleViolation("side", "teams.member.side.required");
		}
		return new MemberDetails(actor.displayName(), actor.email(), founder.title(), founder.role(), founder.side(),
				founder.organization());
	}

	@PreAuthorize("@teamPolicy.isStaff(principal)")
	void close(long teamId) {
		transactions.inNew(() -> {
			var team = teams.findById(teamId)
				.orElseThrow(() -> new app.accord.shared.NotFoundException("No team " + teamId));
			team.close(clock.instant());
			audit.record("team.closed", team.getLeaCdsCode(), "team " + teamId);
			return null;
		}, () -> new TeamConflict(null, "teams.concurrentChange"));
	}

	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	void rename(long teamId, String name) {
		if (name != null && name.trim().length() > 200) {
			throw new TeamRuleViolation("name", "teams.create.name.tooLong");
		}
		transactions.inNew(() -> {
			teams.findById(teamId)
				.orElseThrow(() -> new app.accord.shared.NotFoundException("No team " + teamId))
				.rename(name);
			return null;
		}, () -> new TeamConflict(null, "teams.concurrentChange"));
	}

}
