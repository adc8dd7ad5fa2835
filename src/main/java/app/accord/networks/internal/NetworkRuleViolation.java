package app.accord.networks.internal;

import app.accord.shared.RuleViolation;

/** Input that breaks a network or engagement rule (networks bundle). */
class NetworkRuleViolation extends RuleViolation {

	NetworkRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
