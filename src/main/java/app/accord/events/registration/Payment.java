package app.accord.events.registration;

import app.accord.events.catalog.EventDetails;
import app.accord.events.catalog.EventRuleViolation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What a registration owes beyond its seats: its payment status, a staff adjustment and
 * the notes that explain them. Staff record payments; no card is charged.
 */
@Embeddable
public class Payment {

	@Enumerated(EnumType.STRING)
	private PaymentStatus paymentStatus = PaymentStatus.UNPAID;

	private long adjustmentCents;

	private String adjustmentReason;

	private String paymentNote;

	void markPaid(String note) {
		paymentStatus = PaymentStatus.PAID;
		paymentNote = EventDetails.trimToNull(note);
	}

	void waive(String reason) {
		paymentStatus = PaymentStatus.WAIVED;
		paymentNote = required(reason);
	}

	void adjust(long cents, String reason) {
		adjustmentReason = required(reason);
		adjustmentCents = cents;
	}

	private static String required(String reason) {
		var trimmed = EventDetails.trimToNull(reason);
		if (trimmed == null) {
			throw new EventRuleViolation("reason", "events.payment.reason.required");
		}
		return trimmed;
	}

	boolean waived() {
		return paymentStatus == PaymentStatus.WAIVED;
	}

	public PaymentStatus status() {
		return paymentStatus;
	}

	long adjustmentCents() {
		return adjustmentCents;
	}

	public String adjustmentReason() {
		return adjustmentReason;
	}

	public String note() {
		return paymentNote;
	}

}
