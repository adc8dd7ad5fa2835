package app.accord.events.registration;

import app.accord.events.catalog.EventDetails;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/**
 * One person a registration brings; email, role, side and needs are optional.
 */
public record AttendeeDetails(String name, String email, MemberRole role, Side side, String organization,
		String accessibilityNeeds, String dietaryNeeds) {

	public AttendeeDetails {
		name = name == null ? null : name.trim();
		email = EventDetails.trimToNull(email);
		organization = EventDetails.trimToNull(organization);
		accessibilityNeeds = EventDetails.trimToNull(accessibilityNeeds);
		dietaryNeeds = EventDetails.trimToNull(dietaryNeeds);
	}

}
