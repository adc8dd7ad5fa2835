package app.accord.teams;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Whether a team has the minimum roles and how its seats split between labor and
 * management.
 *
 * @param missingRoles minimum roles nobody on the current roster holds, in the order of
 * {@link MemberRole}
 */
public record Composition(boolean complete, List<MemberRole> missingRoles, int laborCount, int managementCount) {

	/**
	 * Below this share of labor seats (in percent) a team leans to management, above 100
	 * minus it to labor.
	 */
	static final int BALANCED_FROM = 40;

	public Composition {
		missingRoles = List.copyOf(missingRoles);
	}

	/** One current member's seat. */
	public record Seat(MemberRole role, Side side) {
	}

	public static Composition of(Collection<Seat> seats) {
		var held = seats.stream().map(Seat::role).toList();
		var missing = Arrays.stream(MemberRole.values())
			.filter(MemberRole.MINIMUM::contains)
			.filter(role -> !held.contains(role))
			.toList();
		var labor = (int) seats.stream().filter(seat -> seat.side() == Side.LABOR).count();
		return new Composition(missing.isEmpty(), missing, labor, seats.size() - labor);
	}

	public int total() {
		return laborCount + managementCount;
	}

	/** Labor's share of the seats in whole percent; 0 for an empty team. */
	public int laborShare() {
		return total() == 0 ? 0 : Math.round(100f * laborCount / total());
	}

	/**
	 * The message key of a plain-language hint about the balance (model teams are about
	 * 50/50).
	 */
	public String hintKey() {
		if (total() == 0) {
			return "teams.composition.hint.empty";
		}
		if (laborShare() < BALANCED_FROM) {
			return "teams.composition.hint.needsLabor";
		}
		if (laborShare() > 100 - BALANCED_FROM) {
			return "teams.composition.hint.needsManagement";
		}
		return "teams.composition.hint.balanced";
	}

}
