package app.accord.teams.team;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/**
 * Who a new member is, as a co-lead, the API or an import gives it.
 *
 * @param email {@code null} for a member who cannot be invited
 */
public record MemberDetails(String name, String email, String title, MemberRole role, Side side, String organization) {

	public MemberDetails {
		name = trimToNull(name);
		email = trimToNull(email);
		title = trimToNull(title);
		organization = trimToNull(organization);
		if (name == null) {
			throw new TeamRuleViolation("name", "teams.member.name.required");
		}
		if (role == null) {
			throw new TeamRuleViolation("role", "teams.member.role.required");
		}
		if (side == null) {
			throw new TeamRuleViolation("side", "teams.member.side.required");
		}
	}

	public static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
