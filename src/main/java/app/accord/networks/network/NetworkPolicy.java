package app.accord.networks.network;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.networks.coaching.EngagementRepository;
import app.accord.teams.Teams;

import org.springframework.security.access.AccessDeniedException;
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
public class NetworkPolicy {

	private final NetworkRepository networks;

	private final EngagementRepository engagements;

	private final Teams teams;

	NetworkPolicy(NetworkRepository networks, EngagementRepository engagements, Teams teams) {
		this.networks = networks;
		this.engagements = engagements;
		this.teams = teams;
	}

	public boolean isStaff(Object principal) {
		return SignedInUser.staff(principal);
	}

	public boolean isSignedIn(Object principal) {
		return SignedInUser.of(principal).isPresent();
	}

	/** Holds the coordinator role: sees the networks they are named coordinator of. */
	public boolean isCoordinator(Object principal) {
		return SignedInUser.of(principal).map(user -> user.role() == Role.COORDINATOR).orElse(false);
	}

	/** Holds the consultant role: sees the engagements they are assigned to. */
	public boolean isConsultant(Object principal) {
		return SignedInUser.of(principal).map(user -> user.role() == Role.CONSULTANT).orElse(false);
	}

	/**
	 * Refuses (403) anyone but staff: for pages of staff-only work that call no service
	 * yet, such as the empty form to create a network or an engagement.
	 * @param work what only staff do, for the log
	 */
	public void requireStaff(Object principal, String work) {
		if (!isStaff(principal)) {
			throw new AccessDeniedException(work);
		}
	}

	@Transactional(readOnly = true)
	public boolean canRun(Object principal, long networkId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff()
					|| isCoordinator(user) && networks.isCoordinator(networkId, user.personId().value()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canRead(Object principal, long engagementId) {
		return SignedInUser.of(principal).map(user -> {
			if (user.isStaff() || isAssignedConsultant(user, engagementId)) {
				return true;
			}
			var engagement = engagements.findById(engagementId);
			return engagement.isPresent() && isCoLeadOf(user, engagement.get().getLeaCdsCode());
		}).orElse(false);
	}

	/** Who logs an engagement's sessions: staff and the consultants assigned to it. */
	@Transactional(readOnly = true)
	public boolean canLog(Object principal, long engagementId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff() || isAssignedConsultant(user, engagementId))
			.orElse(false);
	}

	private boolean isAssignedConsultant(SignedInUser user, long engagementId) {
		return isConsultant(user) && engagements.isAssigned(engagementId, user.personId().value());
	}

	private boolean isCoLeadOf(SignedInUser user, String cdsCode) {
		return teams.findActiveTeamOf(cdsCode).map(team -> teams.isCoLead(user.personId(), team.id())).orElse(false);
	}

}
