package app.accord.teams.meetings;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.teams.team.TeamsApi;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meeting log of the teams JSON API, through the same secured service as the pages.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = TeamsApi.TAG, description = TeamsApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class MeetingsApiController {

	private final MeetingLog meetingLog;

	MeetingsApiController(MeetingLog meetingLog) {
		this.meetingLog = meetingLog;
	}

	record NewMeeting(@NotNull @SensibleDate LocalDate heldOn, @NotNull @Min(0) @Max(1000) Integer laborAttendees,
			@NotNull @Min(0) @Max(1000) Integer managementAttendees,
			@ArraySchema(schema = @Schema(implementation = MeetingTopic.class)) List<String> topics,
			@Size(max = 500) String otherTopics, @Size(max = 4000) String decisions,
			@Size(max = 4000) String nextSteps) {
	}

	@PostMapping("/{id}/meetings")
	@Operation(summary = "Log a learning-team meeting",
			description = "Topics: " + "STUDENT_LEARNING, BUDGET, "
					+ "WORKING_CONDITIONS, PROFESSIONAL_DEVELOPMENT, COMMUNICATION, SCHOOL_CLIMATE, HEALTH_AND_SAFETY, "
					+ "EVALUATION, CONTRACT_IMPLEMENTATION, TEAM_DEVELOPMENT")
	ResponseEntity<TeamsApi.Created> addMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @RequestBody NewMeeting body) {
		var topics = EnumSet.noneOf(MeetingTopic.class);
		for (var topic : body.topics() == null ? List.<String>of() : body.topics()) {
			topics.add(MeetingTopic.parse(topic)
				.orElseThrow(() -> new IllegalArgumentException(
						"Unknown topic '" + topic + "'. Use one of: " + Arrays.toString(MeetingTopic.values()) + ".")));
		}
		var meetingId = meetingLog.record(id, new MeetingDetails(body.heldOn(), body.laborAttendees(),
				body.managementAttendees(), topics, body.otherTopics(), body.decisions(), body.nextSteps()), user);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id + "/meetings/" + meetingId))
			.body(new TeamsApi.Created(meetingId));
	}

}
