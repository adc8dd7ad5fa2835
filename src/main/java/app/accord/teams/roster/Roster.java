package app.accord.teams.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import app.accord.accounts.AuditTrail;
import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.team.MemberDetails;
import app.accord.teams.team.MembershipRepository;
import app.accord.teams.team.Team;
import app.accord.teams.team.TeamConflict;
import app.accord.teams.team.TeamRepository;
import app.accord.teams.team.TeamRuleViolation;
import app.accord.teams.team.Transactions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Co-leads (and staff) keep the roster: add members (inviting those with an email),
 * record who left, change details and who co-leads.
 */
@Service
public class Roster {

	private final TeamRepository teams;

	private final MembershipRepository memberships;

	private final People people;

	private final Transactions transactions;

	private final Clock clock;

	private final AuditTrail audit;

	Roster(TeamRepository teams, MembershipRepository memberships, People people, Transactions transactions,
			Clock clock, AuditTrail audit) {
		this.teams = teams;
		this.memberships = memberships;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Adds a member joining on the given day (today when {@code null}) and invites them
	 * to sign in when they have an email.
	 * @return the new membership's id
	 */
	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	public long add(long teamId, MemberDetails details, LocalDate joinedOn, SignedInUser actor) {
		return addMember(teamId, details, joinedOn, true, actor);
	}

	/**
	 * Adds a member; with {@code invite} a member who has an email gets a sign-in link,
	 * sent only if the addition is committed.
	 */
	long addMember(long teamId, MemberDetails details, LocalDate joinedOn, boolean invite, SignedInUser actor) {
		var day = joinedOn == null ? LocalDate.now(clock) : joinedOn;
		var duplicate = new TeamConflict("email", "teams.member.duplicate", details.email());
		return transactions.inNew(() -> {
			var team = team(teamId);
			var person = details.email() == null ? null : person(details);
			// Saved on its own so that it gets its id (merging the team would save a
			// copy).
			var membership = memberships.saveAndFlush(team.addMember(details, person, day, LocalDate.now(clock)));
			if (person != null && invite) {
				people.inviteToSignIn(person, actor.displayName());
			}
			audit.record("team.member-added", "team " + teamId, details.name());
			return membership.getId();
		}, () -> duplicate);
	}

	private PersonId person(MemberDetails details) {
		try {
			return people.findOrCreate(details.email(), details.name());
		}
		catch (IllegalArgumentException ex) {
			throw new TeamRuleViolation("email", "teams.member.email.invalid");
		}
	}

	/**
	 * Records that a member left on that day (today when {@code null}); the record stays.
	 */
	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	void leave(long teamId, long memberId, LocalDate leftOn) {
		var day = leftOn == null ? LocalDate.now(clock) : leftOn;
		change(teamId, team -> team.memberLeaves(memberId, day, LocalDate.now(clock)), "team.member-left", memberId);
	}

	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	void update(long teamId, long memberId, String title, MemberRole role, Side side, String organization) {
		if (role == null) {
			throw new TeamRuleViolation("role", "teams.member.role.required");
		}
		if (side == null) {
			throw new TeamRuleViolation("side", "teams.member.side.required");
		}
		change(teamId,
				team -> team.membership(memberId)
					.update(MemberDetails.trimToNull(title), role, side, MemberDetails.trimToNull(organization)),
				"team.member-changed", memberId);
	}

	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	void appointCoLead(long teamId, long memberId) {
		change(teamId, team -> team.appointCoLead(memberId), "team.co-lead-appointed", memberId);
	}

	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	void relieveCoLead(long teamId, long memberId) {
		change(teamId, team -> team.relieveCoLead(memberId), "team.co-lead-relieved", memberId);
	}

	private void change(long teamId, Consumer<Team> change, String action, long memberId) {
		transactions.inNew(() -> {
			var team = team(teamId);
			change.accept(team);
			teams.flush();
			audit.record(action, "team " + teamId, "member " + memberId);
			return null;
		}, () -> new TeamConflict(null, "teams.concurrentChange"));
	}

	private Team team(long teamId) {
		return teams.findById(teamId).orElseThrow(() -> new NotFoundException("No team " + teamId));
	}

}
