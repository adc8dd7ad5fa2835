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
			return new AttendeeRow(a.getId(), a.getName(), a.getEmail(),
					a.getRole() == null ? null : a.getRole().name(), a.getSide() == null ? null : a.getSide().name(),
					a.getOrganization(), a.getAccessibilityNeeds(), a.getDietaryNeeds(), a.getCheckedInAt(),
					a.isWalkIn(), a.getSessionIds());
		}

	}

	static RegistrationView of(Registration r, Event event, Integer waitlistPosition) {
		return new RegistrationView(r.getId(), event.getId(), event.getTitle(),
				r.getTeamId() == null ? null : r.getTeamId().value(), r.displayName(), r.getContactEmail(),
				r.getStatus(), r.getSeats(), r.getEstimatedSize(), r.fee(event), r.getInvoiceNumber(),
				r.getPayment().status(), r.getPayment().adjustmentReason(), r.getPayment().note(), r.getAccessToken(),
				r.getCreatedAt(), waitlistPosition, r.getAttendees().stream().map(AttendeeRow::of).toList());
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
