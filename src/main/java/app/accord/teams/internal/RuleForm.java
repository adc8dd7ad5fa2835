package app.accord.teams.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;

/** The "meeting regularly" rule. */
record RuleForm(
		@NotNull(message = "{teams.settings.minMeetings.range}") @Min(value = 1,
				message = "{teams.settings.minMeetings.range}") @Max(value = 100,
						message = "{teams.settings.minMeetings.range}") Integer minMeetings,
		@NotNull(message = "{teams.settings.windowDays.range}") @Min(value = 1,
				message = "{teams.settings.windowDays.range}") @Max(value = 730,
						message = "{teams.settings.windowDays.range}") Integer windowDays) {
}
