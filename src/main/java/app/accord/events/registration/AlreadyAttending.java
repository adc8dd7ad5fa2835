package app.accord.events.registration;

import app.accord.events.catalog.EventConflict;

/** The person already attends the event, named in another registration. */
class AlreadyAttending extends EventConflict {

	AlreadyAttending(String email) {
		super("email", "events.attendee.alreadyAttending", email);
	}

}
