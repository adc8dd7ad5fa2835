package app.accord.events.registration;

/** Whether a registration holds seats, waits for them, or was given up. */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED

}
