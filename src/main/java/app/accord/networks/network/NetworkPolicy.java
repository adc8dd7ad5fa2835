package app.accord.networks.network;

import java.util.Optional;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.networks.coaching.EngagementRepository;
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
		return signedIn(principal).map(SignedInUser::isStaff).orElse(false);
	}

	public boolean isSignedIn(Object principal) {
		return signedIn(principal).isPresent();
	}

	/** Holds the coordinator role: sees the networks they are named coordinator of. */
	public boolean isCoordinator(Object principal) {
		return signedIn(principal).map(user -> user.role() == Role.COORDINATOR).orElse(false);
	}

	/** Holds the consultant role: sees the engagements they are assigned to. */
	public boolean isConsultant(Object principal) {
		return signedIn(principal).map(user -> user.role() == Role.CONSULTANT).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canRun(Object principal, long networkId) {
		return signedIn(principal)
			.map(user -> user.isStaff()
					|| isCoordinator(user) && networks.isCoordinator(networkId, user.personId().value()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canRead(Object principal, long engagementId) {
		return signedIn(principal).map(user -> {
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
		return signedIn(principal).map(user -> user.isStaff() || isAssignedConsultant(user, engagementId))
			.orElse(false);
	}

	private boolean isAssignedConsultant(SignedInUser user, long engagementId) {
		return isConsultant(user) && engagements.isAssigned(engagementId, user.personId().value());
	}

	private boolean isCoLeadOf(SignedInUser user, String cdsCode) {
		return teams.findActiveTeamOf(cdsCode).map(team -> teams.isCoLead(user.personId(), team.id())).orElse(false);
	}

	private static Optional<SignedInUser> signedIn(Object principal) {
		return principal instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
	}

}
