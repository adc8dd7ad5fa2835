package app.accord.events.registration;

import app.accord.events.catalog.Event;

import java.time.Instant;
import java.util.List;

/** A registration as its pages and the API show it. */
record RegistrationView(long id, long eventId, String eventTitle, Long teamId, String name, String contactEmail,
		RegistrationStatus status, int seats, int estimatedSize, Fee fee, String invoiceNumber,
		PaymentStatus paymentStatus, String adjustmentReason, String paymentNote, String accessToken, Instant createdAt,
		Integer waitlistPosition, List<AttendeeRow> attendees) {

	record AttendeeRow(long id, String name, String email, String role, String side, String organization,
			String accessibilityNeeds, String dietaryNeeds, Instant checkedInAt, boolean walkIn,
			java.util.Set<Long> sessionIds) {

		static AttendeeRow of(Attendee a) {
			return of(a, a.getSessionIds());
		}

		/** The attendee with the sessions they picked, read together for many. */
		static AttendeeRow of(Attendee a, java.util.Set<Long> sessionIds) {
			return new AttendeeRow(a.getId(), a.getName(), a.getEmail(),
					a.getRole() == null ? null : a.getRole().name(), a.getSide() == null ? null : a.getSide().name(),
					a.getOrganization(), a.getAccessibilityNeeds(), a.getDietaryNeeds(), a.getCheckedInAt(),
					a.isWalkIn(), java.util.Set.copyOf(sessionIds));
		}

	}

	static RegistrationView of(Registration r, Event event, Integer waitlistPosition) {
		return of(r, event, waitlistPosition, r.getAttendees().stream().map(AttendeeRow::of).toList());
	}

	/**
	 * The registration with its attendees read apart (for many registrations at once), in
	 * the order the registration keeps them.
	 */
	static RegistrationView of(Registration r, Event event, Integer waitlistPosition, List<AttendeeRow> attendees) {
		return new RegistrationView(r.getId(), event.getId(), event.getTitle(),
				r.getTeamId() == null ? null : r.getTeamId().value(),
				r.displayName(attendees.isEmpty() ? null : attendees.get(0).name()), r.getContactEmail(), r.getStatus(),
				r.getSeats(), r.getEstimatedSize(), r.fee(event), r.getInvoiceNumber(), r.getPayment().status(),
				r.getPayment().adjustmentReason(), r.getPayment().note(), r.getAccessToken(), r.getCreatedAt(),
				waitlistPosition, attendees);
	}

	public boolean confirmed() {
		return status == RegistrationStatus.CONFIRMED;
	}

	public boolean waitlisted() {
		return status == RegistrationStatus.WAITLISTED;
	}

	public boolean cancelled() {
		return status == RegistrationStatus.CANCELLED;
	}

	public int unnamedSeats() {
		return Math.max(0, seats - attendees.size());
	}

}
