package app.accord.teams.meetings;

import app.accord.teams.team.MemberDetails;
import app.accord.teams.team.TeamRuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A meeting as a co-lead reports it. */
public record MeetingDetails(LocalDate heldOn, int laborAttendees, int managementAttendees, Set<MeetingTopic> topics,
		String otherTopics, String decisions, String nextSteps) {

	static final int MAX_ATTENDEES = 1000;

	public MeetingDetails {
		if (heldOn == null) {
			throw new TeamRuleViolation("heldOn", "teams.meeting.heldOn.required");
		}
		if (laborAttendees < 0 || laborAttendees > MAX_ATTENDEES) {
			throw new TeamRuleViolation("laborAttendees", "teams.meeting.attendees.range", MAX_ATTENDEES);
		}
		if (managementAttendees < 0 || managementAttendees > MAX_ATTENDEES) {
			throw new TeamRuleViolation("managementAttendees", "teams.meeting.attendees.range", MAX_ATTENDEES);
		}
		topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
		otherTopics = MemberDetails.trimToNull(otherTopics);
		decisions = MemberDetails.trimToNull(decisions);
		nextSteps = MemberDetails.trimToNull(nextSteps);
	}

}
