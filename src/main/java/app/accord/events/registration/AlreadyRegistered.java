package app.accord.events.registration;

import app.accord.events.catalog.EventConflict;

import java.util.Map;

/**
 * The team or person already holds a live registration for the event; the API names it
 * ({@code registrationId}) so a client can go on with the one there is.
 */
class AlreadyRegistered extends EventConflict {

	private final long registrationId;

	AlreadyRegistered(String field, String messageKey, long registrationId) {
		super(field, messageKey);
		this.registrationId = registrationId;
	}

	long registrationId() {
		return registrationId;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("registrationId", registrationId);
	}

}
