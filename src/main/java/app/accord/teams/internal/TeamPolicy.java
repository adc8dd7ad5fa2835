package app.accord.teams.internal;

import app.accord.accounts.SignedInUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see and change what of a team. Staff may do
 * everything; current members read their own team; current co-leads manage it. Anyone
 * else, including someone guessing ids, is refused the same way whether the team exists
 * or not. Services refer to it in {@code @PreAuthorize("@teamPolicy...")}.
 */
@Component("teamPolicy")
class TeamPolicy {

	private final MembershipRepository memberships;

	TeamPolicy(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	@Transactional(readOnly = true)
	public boolean canRead(Object principal, long teamId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		return user.isStaff() || memberships.isCurrentMember(teamId, user.personId().value());
	}

	@Transactional(readOnly = true)
	public boolean canManage(Object principal, long teamId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		return user.isStaff() || memberships.isCurrentCoLead(teamId, user.personId().value());
	}

	public boolean isStaff(Object principal) {
		return principal instanceof SignedInUser user && user.isStaff();
	}

	public boolean isSignedIn(Object principal) {
		return principal instanceof SignedInUser;
	}

}
