package app.accord.teams.team;

import app.accord.shared.RuleViolation;

/** Input that breaks a team rule (teams bundle). */
public class TeamRuleViolation extends RuleViolation {

	public TeamRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	public TeamRuleViolation(Kind kind, String field, String messageKey, Object... arguments) {
		super(kind, field, messageKey, arguments);
	}

}
