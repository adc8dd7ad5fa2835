package app.accord.networks.coaching;

import app.accord.networks.network.NetworksApi;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import app.accord.shared.validation.SensibleDate;
import app.accord.shared.validation.Money;
import app.accord.accounts.SignedInUser;
import app.accord.networks.coaching.EngagementViews.EngagementView;
import app.accord.networks.coaching.Engagements.EngagementFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coaching engagements in the JSON API, through the same secured service as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = NetworksApi.TAG, description = NetworksApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class EngagementsApiController {

	private final Engagements engagements;

	EngagementsApiController(Engagements engagements) {
		this.engagements = engagements;
	}

	record NewEngagement(@NotBlank @Size(max = 14) String leaCdsCode, @NotNull Long organizationId,
			List<String> consultantEmails, @NotBlank @Size(max = 4000) String goals,
			@Size(max = 4000) String deliverables, @NotNull @Min(1) @Max(1000) Integer sessionsPlanned,
			@NotNull @SensibleDate LocalDate startsOn, @NotNull @SensibleDate LocalDate endsOn,
			@Money BigDecimal amount) {
	}

	record NewSession(@NotNull @SensibleDate LocalDate heldOn, @NotNull @Min(1) @Max(1440) Integer durationMinutes,
			@NotNull @Min(0) @Max(1000) Integer laborParticipants,
			@NotNull @Min(0) @Max(1000) Integer managementParticipants, @Size(max = 1000) String participants,
			@Size(max = 4000) String notes, @Size(max = 4000) String nextSteps) {
	}

	record Created(long id) {
	}

	record SessionJson(long id, LocalDate heldOn, int durationMinutes, int laborParticipants,
			int managementParticipants, String notes, String nextSteps) {
	}

	record EngagementJson(long id, String leaCdsCode, String leaName, Long organizationId, String organization,
			List<String> consultants, String goals, String deliverables, int sessionsPlanned, LocalDate startsOn,
			LocalDate endsOn, BigDecimal amount, String status, int sessionsHeld, double hours,
			List<SessionJson> sessions) {

		static EngagementJson of(EngagementView e) {
			return new EngagementJson(e.id(), e.leaCdsCode(), e.leaName(),
					e.organization() == null ? null : e.organization().id(),
					e.organization() == null ? null : e.organization().name(),
					e.consultants().stream().map(c -> c.email()).toList(), e.goals(), e.deliverables(),
					e.sessionsPlanned(), e.startsOn(), e.endsOn(),
					e.amountCents() == null ? null : BigDecimal.valueOf(e.amountCents(), 2), e.status().name(),
					e.sessionsHeld(), e.hours(),
					e.sessions()
						.stream()
						.map(s -> new SessionJson(s.id(), s.heldOn(), s.durationMinutes(), s.laborParticipants(),
								s.managementParticipants(), s.notes(), s.nextSteps()))
						.toList());
		}

	}

	@GetMapping("/engagements")
	@Operation(summary = "Coaching engagements: all for staff, one's own for consultants and co-leads")
	List<EngagementJson> engagements(@AuthenticationPrincipal SignedInUser user) {
		return engagements.visibleTo(user, EngagementFilter.NONE).stream().map(EngagementJson::of).toList();
	}

	@GetMapping("/engagements/{id}")
	@Operation(summary = "One coaching engagement with its sessions (403 for anyone it is not visible to)")
	EngagementJson engagement(@PathVariable long id) {
		return EngagementJson.of(engagements.view(id));
	}

	@PostMapping("/engagements")
	@Operation(summary = "Record a proposed coaching engagement (staff)",
			description = "The organization must be a consulting partner; an LEA's engagements that are not "
					+ "cancelled may not overlap in time (400).")
	ResponseEntity<Created> createEngagement(@Valid @RequestBody NewEngagement body) {
		var id = engagements.create(
				new EngagementDetails(body.leaCdsCode(), body.organizationId(), body.goals(), body.deliverables(),
						body.sessionsPlanned(), body.startsOn(), body.endsOn(),
						body.amount() == null ? null : body.amount().movePointRight(2).longValue()),
				body.consultantEmails() == null ? List.of() : body.consultantEmails());
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + id)).body(new Created(id));
	}

	@PostMapping("/engagements/{id}/status")
	@Operation(summary = "Change the status (staff): PROPOSED → ACTIVE or CANCELLED, ACTIVE → COMPLETED or CANCELLED")
	ResponseEntity<Void> changeStatus(@PathVariable long id,
			@Parameter(schema = @Schema(implementation = EngagementStatus.class)) @RequestParam String status) {
		EngagementStatus next = null;
		for (var s : EngagementStatus.values()) {
			if (s.name().equalsIgnoreCase(status)) {
				next = s;
			}
		}
		engagements.changeStatus(id, next);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/engagements/{id}/sessions")
	@Operation(summary = "Log a coaching session (assigned consultants and staff)",
			description = "The engagement must be active and the day within its period and not in the future.")
	ResponseEntity<Created> logSession(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @RequestBody NewSession body) {
		var sessionId = engagements.logSession(id,
				new SessionDetails(body.heldOn(), body.durationMinutes(), body.laborParticipants(),
						body.managementParticipants(), body.participants(), body.notes(), body.nextSteps()),
				user);
		return ResponseEntity.created(URI.create("/api/v1/engagements/" + id + "/sessions/" + sessionId))
			.body(new Created(sessionId));
	}

}
