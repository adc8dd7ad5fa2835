package app.accord.teams.team;

/**
 * The change collides with one made at the same time or with existing state (a second
 * active team for an LEA, a person already on the roster): a conflict (409 by the API).
 */
public class TeamConflict extends TeamRuleViolation {

	public TeamConflict(String field, String messageKey, Object... arguments) {
		super(Kind.CONFLICT, field, messageKey, arguments);
	}

}
