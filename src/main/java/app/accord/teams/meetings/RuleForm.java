package app.accord.teams.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The "meeting regularly" rule. */
record RuleForm(
		@NotNull(message = "{teams.settings.minMeetings.range}") @Min(value = 1,
				message = "{teams.settings.minMeetings.range}") @Max(value = 100,
						message = "{teams.settings.minMeetings.range}") Integer minMeetings,
		@NotNull(message = "{teams.settings.windowDays.range}") @Min(value = 1,
				message = "{teams.settings.windowDays.range}") @Max(value = 730,
						message = "{teams.settings.windowDays.range}") Integer windowDays) {
}
