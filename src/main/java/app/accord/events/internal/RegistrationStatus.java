package app.accord.events.internal;

/** Whether a registration holds seats, waits for them, or was given up. */
enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
