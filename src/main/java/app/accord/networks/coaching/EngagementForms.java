package app.accord.networks.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

import app.accord.shared.validation.SensibleDate;
import app.accord.shared.validation.Money;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The forms of the engagement pages, each bound and validated on its own. */
final class EngagementForms {

	private EngagementForms() {
	}

	record EngagementForm(@NotBlank(message = "{networks.engagement.lea.required}") @Size(max = 14) String leaCdsCode,
			@NotNull(message = "{networks.engagement.organization.required}") Long organizationId,
			@Size(max = 1000) String consultants,
			@NotBlank(message = "{networks.engagement.goals.required}") @Size(max = 4000) String goals,
			@Size(max = 4000) String deliverables,
			@NotNull(message = "{networks.engagement.sessionsPlanned.min}") @Min(value = 1,
					message = "{networks.engagement.sessionsPlanned.min}") @Max(value = 1000,
							message = "{networks.engagement.sessionsPlanned.max}") Integer sessionsPlanned,
			@NotNull(message = "{networks.engagement.startsOn.required}") @DateTimeFormat(
					iso = ISO.DATE) @SensibleDate LocalDate startsOn,
			@NotNull(message = "{networks.engagement.endsOn.required}") @DateTimeFormat(
					iso = ISO.DATE) @SensibleDate LocalDate endsOn,
			@Money BigDecimal amount) {

		EngagementDetails details() {
			return new EngagementDetails(leaCdsCode, organizationId, goals, deliverables, sessionsPlanned, startsOn,
					endsOn, amount == null ? null : amount.movePointRight(2).longValue());
		}

		java.util.List<String> consultantEmails() {
			return consultants == null ? java.util.List.of()
					: java.util.Arrays.stream(consultants.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
		}

	}

	record SessionForm(
			@NotNull(message = "{networks.session.heldOn.required}") @DateTimeFormat(
					iso = ISO.DATE) @SensibleDate LocalDate heldOn,
			@NotNull(message = "{networks.session.duration.range}") @Min(value = 1,
					message = "{networks.session.duration.range}") @Max(value = 1440,
							message = "{networks.session.duration.range}") Integer durationMinutes,
			@NotNull(message = "{networks.session.participants.required}") @Min(value = 0,
					message = "{networks.session.participants.negative}") @Max(1000) Integer laborParticipants,
			@NotNull(message = "{networks.session.participants.required}") @Min(value = 0,
					message = "{networks.session.participants.negative}") @Max(1000) Integer managementParticipants,
			@Size(max = 1000) String participants, @Size(max = 4000) String notes, @Size(max = 4000) String nextSteps) {

		SessionDetails details() {
			return new SessionDetails(heldOn, durationMinutes, laborParticipants, managementParticipants, participants,
					notes, nextSteps);
		}

	}

	record StatusForm(@NotNull EngagementStatus status) {
	}

	record ConsultantForm(@NotBlank(message = "{networks.consultant.email.required}") @Email(
			message = "{networks.email.invalid}") String email) {
	}

}
