package app.accord.teams.team;

import app.accord.accounts.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see and change what of a team. Staff may do
 * everything; current members read their own team; current co-leads manage it. Anyone
 * else, including someone guessing ids, is refused the same way whether the team exists
 * or not. Services refer to it in {@code @PreAuthorize("@teamPolicy...")} and ask it
 * whether someone is staff; nothing else unwraps the principal.
 */
@Component("teamPolicy")
class TeamPolicy {

	private final MembershipRepository memberships;

	TeamPolicy(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	@Transactional(readOnly = true)
	public boolean canRead(Object principal, long teamId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff() || memberships.isCurrentMember(teamId, user.personId().value()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canManage(Object principal, long teamId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff() || memberships.isCurrentCoLead(teamId, user.personId().value()))
			.orElse(false);
	}

	/** Staff see every team and start teams without sitting on them. */
	public boolean isStaff(Object principal) {
		return SignedInUser.staff(principal);
	}

	public boolean isSignedIn(Object principal) {
		return SignedInUser.of(principal).isPresent();
	}

}
