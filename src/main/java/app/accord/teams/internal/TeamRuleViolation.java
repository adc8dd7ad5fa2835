package app.accord.teams.internal;

import app.accord.shared.RuleViolation;

/** Input that breaks a team rule (teams bundle). */
class TeamRuleViolation extends RuleViolation {

	TeamRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	TeamRuleViolation(Kind kind, String field, String messageKey, Object... arguments) {
		super(kind, field, messageKey, arguments);
	}

}
