package app.accord.networks.internal;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.teams.Teams;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see and change what of networks and engagements.
 * Staff may do everything. A coordinator sees and runs the networks they coordinate. An
 * engagement is seen by the consultants assigned to it and the co-leads of its LEA's
 * team; its consultants log its sessions. Anyone else, including someone guessing ids, is
 * refused (403) the same way whether the object exists or not. Services refer to it in
 * {@code @PreAuthorize("@networkPolicy...")}.
 */
@Component("networkPolicy")
class NetworkPolicy {

	private final NetworkRepository networks;

	private final EngagementRepository engagements;

	private final Teams teams;

	NetworkPolicy(NetworkRepository networks, EngagementRepository engagements, Teams teams) {
		this.networks = networks;
		this.engagements = engagements;
		this.teams = teams;
	}

	public boolean isStaff(Object principal) {
		return principal instanceof SignedInUser user && user.isStaff();
	}

	public boolean isSignedIn(Object principal) {
		return principal instanceof SignedInUser;
	}

	@Transactional(readOnly = true)
	public boolean canRun(Object principal, long networkId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		return user.isStaff()
				|| user.role() == Role.COORDINATOR && networks.isCoordinator(networkId, user.personId().value());
	}

	@Transactional(readOnly = true)
	public boolean canRead(Object principal, long engagementId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		if (user.isStaff() || isAssignedConsultant(user, engagementId)) {
			return true;
		}
		var engagement = engagements.findById(engagementId);
		return engagement.isPresent() && isCoLeadOf(user, engagement.get().getLeaCdsCode());
	}

	@Transactional(readOnly = true)
	public boolean canLog(Object principal, long engagementId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		return user.isStaff() || isAssignedConsultant(user, engagementId);
	}

	boolean isAssignedConsultant(SignedInUser user, long engagementId) {
		return user.role() == Role.CONSULTANT && engagements.isAssigned(engagementId, user.personId().value());
	}

	boolean isCoLeadOf(SignedInUser user, String cdsCode) {
		return teams.findActiveTeamOf(cdsCode).map(team -> teams.isCoLead(user.personId(), team.id())).orElse(false);
	}

}
