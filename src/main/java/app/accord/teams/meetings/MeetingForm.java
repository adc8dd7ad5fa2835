package app.accord.teams.meetings;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A learning-team meeting as logged. */
record MeetingForm(
		@NotNull(message = "{teams.meeting.heldOn.required}") @DateTimeFormat(
				iso = ISO.DATE) @SensibleDate LocalDate heldOn,
		@NotNull(message = "{teams.meeting.attendees.required}") @Min(value = 0,
				message = "{teams.meeting.attendees.range}") @Max(value = 1000,
						message = "{teams.meeting.attendees.range}") Integer laborAttendees,
		@NotNull(message = "{teams.meeting.attendees.required}") @Min(value = 0,
				message = "{teams.meeting.attendees.range}") @Max(value = 1000,
						message = "{teams.meeting.attendees.range}") Integer managementAttendees,
		List<MeetingTopic> topics, @Size(max = 500) String otherTopics, @Size(max = 4000) String decisions,
		@Size(max = 4000) String nextSteps) {

	static MeetingForm empty(LocalDate today) {
		return new MeetingForm(today, null, null, List.of(), "", "", "");
	}

	MeetingDetails details() {
		return new MeetingDetails(heldOn, laborAttendees, managementAttendees,
				topics == null ? java.util.Set.of() : java.util.Set.copyOf(topics), otherTopics, decisions, nextSteps);
	}

}
