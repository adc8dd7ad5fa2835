package app.accord.events.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules between an event's fields, each named with the field it is about. All broken
 * rules are listed at once, so a form can show every one beside its field; a value not
 * given (not typed, or not readable) is not compared.
 */
public final class EventRules {

	private EventRules() {
	}

	public static List<EventRuleViolation> across(LocalDateTime startsAt, LocalDateTime endsAt, LocalDate opensOn,
			LocalDate closesOn, LocalDate deadline, EventFormat format, String venue, String onlineUrl) {
		var broken = new ArrayList<EventRuleViolation>();
		if (startsAt != null && endsAt != null && endsAt.isBefore(startsAt)) {
			broken.add(new EventRuleViolation("endsAt", "events.event.endsBeforeStart"));
		}
		if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
			broken.add(new EventRuleViolation("registrationClosesOn", "events.event.closesBeforeOpens"));
		}
		else if (closesOn != null && endsAt != null && closesOn.isAfter(endsAt.toLocalDate())) {
			broken.add(new EventRuleViolation("registrationClosesOn", "events.event.closesAfterEnd"));
		}
		if (deadline != null && opensOn != null && deadline.isBefore(opensOn)) {
			broken.add(new EventRuleViolation("complimentaryDeadline", "events.event.deadlineBeforeOpens"));
		}
		else if (deadline != null && closesOn != null && deadline.isAfter(closesOn)) {
			broken.add(new EventRuleViolation("complimentaryDeadline", "events.event.deadlineAfterClose"));
		}
		if (format != null && format.hasVenue() && EventDetails.trimToNull(venue) == null) {
			broken.add(new EventRuleViolation("venue", "events.event.venue.required"));
		}
		if (format != null && format.hasOnlineLink() && EventDetails.trimToNull(onlineUrl) == null) {
			broken.add(new EventRuleViolation("onlineUrl", "events.event.onlineUrl.required"));
		}
		return broken;
	}

	/** Where one answer is enough (the API, the entity): the first broken rule. */
	static void refuse(List<EventRuleViolation> broken) {
		if (!broken.isEmpty()) {
			throw broken.get(0);
		}
	}

	public static List<EventRuleViolation> across(EventDetails d) {
		return across(d.startsAt(), d.endsAt(), d.registrationOpensOn(), d.registrationClosesOn(),
				d.complimentaryDeadline(), d.format(), d.venue(), d.onlineUrl());
	}

	/**
	 * A complimentary deadline already past would give nobody the complimentary seats;
	 * one that has passed since it was set is kept when the event is edited.
	 */
	public static List<EventRuleViolation> deadline(LocalDate deadline, LocalDate kept, LocalDate today) {
		if (deadline != null && deadline.isBefore(today) && !deadline.equals(kept)) {
			return List.of(new EventRuleViolation("complimentaryDeadline", "events.event.deadlinePast"));
		}
		return List.of();
	}

}
