package app.accord.networks.network;

import app.accord.shared.RuleViolation;

/** Input that breaks a network or engagement rule (networks bundle). */
public class NetworkRuleViolation extends RuleViolation {

	public NetworkRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
