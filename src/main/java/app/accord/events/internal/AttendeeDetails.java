package app.accord.events.internal;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/**
 * One person a registration brings; email, role, side and needs are optional.
 */
record AttendeeDetails(String name, String email, MemberRole role, Side side, String organization,
		String accessibilityNeeds, String dietaryNeeds) {

	AttendeeDetails {
		name = name == null ? null : name.trim();
		email = EventDetails.trimToNull(email);
		organization = EventDetails.trimToNull(organization);
		accessibilityNeeds = EventDetails.trimToNull(accessibilityNeeds);
		dietaryNeeds = EventDetails.trimToNull(dietaryNeeds);
	}

}
