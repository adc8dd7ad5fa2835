package app.accord.teams.team;

import java.util.Arrays;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/**
 * What the controllers of the teams API share: their tag in the API's documentation, the
 * answer to a creation, the seat's values.
 */
public final class TeamsApi {

	public static final String TAG = "Teams";

	public static final String DESCRIPTION = "Labor-management teams: roster, composition, meetings, self-assessments";

	private TeamsApi() {
	}

	/** The id of what a request created. */
	public record Created(long id) {
	}

	public static MemberRole role(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return MemberRole.parse(value)
			.orElseThrow(() -> new TeamRuleViolation("role", "teams.api.role.unknown", value,
					Arrays.toString(MemberRole.values())));
	}

	public static Side side(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Side.parse(value)
			.orElseThrow(() -> new TeamRuleViolation("side", "teams.api.side.unknown", value,
					Arrays.toString(Side.values())));
	}

}
