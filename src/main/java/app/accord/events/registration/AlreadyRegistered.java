package app.accord.events.registration;

import app.accord.events.catalog.EventConflict;

/** The team or person already holds a live registration for the event. */
class AlreadyRegistered extends EventConflict {

	private final long registrationId;

	AlreadyRegistered(String field, String messageKey, long registrationId) {
		super(field, messageKey);
		this.registrationId = registrationId;
	}

	long registrationId() {
		return registrationId;
	}

}
