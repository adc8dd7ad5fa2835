package app.accord.events.registration;

/**
 * Where a registration's invoice stands. Staff record payments by hand; a card processor
 * would set {@code PAID} the same way.
 */
enum PaymentStatus {

	UNPAID, PAID, WAIVED

}
