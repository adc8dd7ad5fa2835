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

/** The forms of the team pages, each bound and validated on its own. */
final class TeamForms {

	private TeamForms() {
	}

	record MemberForm(@NotBlank(message = "{teams.member.name.required}") @Size(max = 200) String name,
			@Email(message = "{teams.member.email.invalid}") @Size(max = 320) String email,
			@Size(max = 200) String title, @NotNull(message = "{teams.member.role.required}") MemberRole role,
			@NotNull(message = "{teams.member.side.required}") Side side, @Size(max = 200) String organization,
			@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate joinedOn) {

		static MemberForm empty() {
			return new MemberForm("", "", "", null, null, "", null);
		}

		MemberDetails details() {
			return new MemberDetails(name, email, title, role, side, organization);
		}

	}

	record MemberEditForm(@Size(max = 200) String title,
			@NotNull(message = "{teams.member.role.required}") MemberRole role,
			@NotNull(message = "{teams.member.side.required}") Side side, @Size(max = 200) String organization) {
	}

	record LeaveForm(@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate leftOn) {
	}

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
					topics == null ? java.util.Set.of() : java.util.Set.copyOf(topics), otherTopics, decisions,
					nextSteps);
		}

	}

	/**
	 * One stage and one evidence note per practice, posted as {@code stages[PRACTICE]}
	 * and {@code evidence[PRACTICE]}. Both are kept as typed, keyed by the practice's
	 * name, so that a stage or a practice the form does not offer is told next to its
	 * practice instead of failing the whole form and losing the rest.
	 */
	record AssessmentForm(@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate assessedOn,
			Map<String, String> stages, Map<String, String> evidence) {

		AssessmentForm {
			stages = (stages != null) ? stages : new LinkedHashMap<>();
			evidence = (evidence != null) ? evidence : new LinkedHashMap<>();
		}

		static AssessmentForm startingFrom(LocalDate today, List<TeamView.PracticeProgress> progress) {
			var stages = new LinkedHashMap<String, String>();
			progress.forEach(p -> {
				if (p.latest() != null) {
					stages.put(p.practice().name(), p.latest().name());
				}
			});
			return new AssessmentForm(today, stages, new LinkedHashMap<>());
		}

		/** Rejects, next to its practice, every stage that is not one of the form's. */
		void rejectUnknownStages(Errors errors) {
			for (var practice : Practice.values()) {
				var typed = typedStage(practice);
				if (!typed.isBlank() && stage(typed) == null) {
					errors.rejectValue("stages[" + practice.name() + "]", "typeMismatch");
				}
			}
		}

		List<Assessment.Rating> ratings() {
			return Arrays.stream(Practice.values())
				.filter(p -> !typedStage(p).isBlank())
				.map(p -> new Assessment.Rating(p, stage(typedStage(p)), evidence.get(p.name())))
				.toList();
		}

		private String typedStage(Practice practice) {
			var typed = stages.get(practice.name());
			return typed == null ? "" : typed;
		}

		private static Stage stage(String name) {
			return Arrays.stream(Stage.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
		}

	}

	record StartTeamForm(@NotBlank(message = "{teams.create.lea.required}") String leaCdsCode,
			@Size(max = 200, message = "{teams.create.name.tooLong}") String name, @Size(max = 200) String title,
			MemberRole role, Side side, @Size(max = 200) String organization) {

		static StartTeamForm empty() {
			return new StartTeamForm("", "", "", null, null, "");
		}

	}

	record ProfileForm(@Size(max = 8, message = "{teams.profile.language.invalid}") String language,
			@Size(max = 1000, message = "{teams.profile.tooLong}") String accessibilityNeeds,
			@Size(max = 1000, message = "{teams.profile.tooLong}") String dietaryNeeds) {
	}

	record RuleForm(
			@NotNull(message = "{teams.settings.minMeetings.range}") @Min(value = 1,
					message = "{teams.settings.minMeetings.range}") @Max(value = 100,
							message = "{teams.settings.minMeetings.range}") Integer minMeetings,
			@NotNull(message = "{teams.settings.windowDays.range}") @Min(value = 1,
					message = "{teams.settings.windowDays.range}") @Max(value = 730,
							message = "{teams.settings.windowDays.range}") Integer windowDays) {
	}

}
