package app.accord.events.internal;

/** A request that collides with what already exists (answered with 409 by the API). */
class EventConflict extends EventRuleViolation {

	EventConflict(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
