package app.accord.events.internal;

import app.accord.shared.RuleViolation;

/** Input that breaks an event rule (events bundle). */
class EventRuleViolation extends RuleViolation {

	EventRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
