package app.accord.teams.meetings;

import app.accord.teams.team.TeamRuleViolation;

import java.time.LocalDate;
import java.util.Collection;

/**
 * When a team counts as meeting regularly: at least {@code minMeetings} meetings in the
 * {@code windowDays} days ending on the day asked about (that day included).
 */
public record MeetingRule(int minMeetings, int windowDays) {

	static final MeetingRule DEFAULT = new MeetingRule(2, 90);

	public MeetingRule {
		if (minMeetings < 1 || minMeetings > 100) {
			throw new TeamRuleViolation("minMeetings", "teams.settings.minMeetings.range");
		}
		if (windowDays < 1 || windowDays > 730) {
			throw new TeamRuleViolation("windowDays", "teams.settings.windowDays.range");
		}
	}

	public boolean isMetBy(Collection<LocalDate> meetingDates, LocalDate asOf) {
		var firstDay = asOf.minusDays(windowDays - 1L);
		return meetingDates.stream()
			.filter(day -> !day.isBefore(firstDay) && !day.isAfter(asOf))
			.count() >= minMeetings;
	}

}
