package app.accord.networks.network;

import java.time.LocalDate;

import app.accord.shared.validation.SensibleDate;
import app.accord.directory.Region;
import app.accord.teams.Side;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The forms of the network and engagement pages. */
final class NetworkForms {

	private NetworkForms() {
	}

	record NetworkForm(@NotBlank(message = "{networks.name.required}") @Size(max = 200) String name,
			@NotBlank(message = "{networks.hub.required}") @Size(max = 14) String hubCdsCode,
			@NotNull(message = "{networks.region.required}") Region region,
			@NotNull(message = "{networks.years.required}") @Min(value = 1990, message = "{networks.years.range}") @Max(
					value = 2100, message = "{networks.years.range}") Integer firstSchoolYear,
			@Min(value = 1990, message = "{networks.years.range}") @Max(value = 2100,
					message = "{networks.years.range}") Integer lastSchoolYear) {
	}

	record MemberForm(@NotBlank(message = "{networks.member.lea.required}") @Size(max = 14) String leaCdsCode,
			@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate joinedOn) {
	}

	record LeaveForm(@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate leftOn) {
	}

	record CommitteeForm(@NotBlank(message = "{networks.committee.name.required}") @Size(max = 200) String name,
			@Email(message = "{networks.email.invalid}") @Size(max = 320) String email,
			@NotBlank(message = "{networks.committee.role.required}") @Size(max = 200) String role,
			@NotNull(message = "{networks.committee.side.required}") Side side, @Size(max = 200) String organization) {
	}

	record ConveningForm(@NotNull(message = "{networks.convening.required}") Long eventId) {
	}

	record CoordinatorForm(@NotBlank(message = "{networks.coordinator.email.required}") @Email(
			message = "{networks.email.invalid}") String coordinatorEmail) {
	}

	record PartnerForm(@NotNull(message = "{networks.partner.organization.required}") Long organizationId,
			@NotNull(message = "{networks.partner.role.required}") PartnerRole partnerRole) {
	}

}
