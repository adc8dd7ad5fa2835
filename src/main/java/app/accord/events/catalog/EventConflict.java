package app.accord.events.catalog;

/**
 * A request that collides with what already exists (taken, already there): a conflict,
 * answered with 409 by the API.
 */
public class EventConflict extends EventRuleViolation {

	public EventConflict(String field, String messageKey, Object... arguments) {
		super(Kind.CONFLICT, field, messageKey, arguments);
	}

}
