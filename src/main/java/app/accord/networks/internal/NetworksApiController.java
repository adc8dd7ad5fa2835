package app.accord.networks.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.accord.shared.validation.SensibleDate;
import app.accord.shared.validation.Money;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.networks.internal.EngagementViews.EngagementView;
import app.accord.networks.internal.Engagements.EngagementFilter;
import app.accord.networks.internal.NetworkService.NetworkFilter;
import app.accord.teams.PracticeStage;
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

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The networks and engagements JSON API. It goes through the same secured services as the
 * pages, so a token can do no more than its owner could on screen.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Networks", description = "Regional networks, their dashboard, and coaching engagements")
@SecurityRequirement(name = "bearer")
class NetworksApiController {

	private final NetworkService networks;

	private final NetworkDashboards dashboards;

	private final Engagements engagements;

	private final MessageSource messages;

	NetworksApiController(NetworkService networks, NetworkDashboards dashboards, Engagements engagements,
			MessageSource messages) {
		this.networks = networks;
		this.dashboards = dashboards;
		this.engagements = engagements;
		this.messages = messages;
	}

	record NewNetwork(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 14) String hubCdsCode,
			@NotBlank @Schema(allowableValues = {
					"northern-california", "central-valley", "southern-california" }) String region,
			@NotNull @Min(1990) @Max(2100) Integer firstSchoolYear, @Min(1990) @Max(2100) Integer lastSchoolYear){
	}

	@Schema(name = "NewNetworkMember")
	record NewMember(@NotBlank @Size(max = 14) String leaCdsCode, @SensibleDate LocalDate joinedOn) {
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

	/**
	 * @param alsoMemberOf other networks the LEA currently belongs to (allowed)
	 */
	record MemberAdded(String leaCdsCode, List<String> alsoMemberOf) {
	}

	record NetworkJson(long id, String name, String hubCdsCode, String hubName, String region, String schoolYears,
			int currentMembers) {
	}

	@Schema(name = "NetworkMemberJson")
	record MemberJson(String leaCdsCode, String leaName, LocalDate joinedOn, Long teamId, boolean hasTeam,
			Boolean compositionComplete, Integer laborCount, Integer managementCount, boolean meetingRegularly,
			LocalDate lastMeeting, int conveningsAttended, int conveningsHeld, Map<String, String> practiceStages) {
	}

	/**
	 * @param meetingRegularlyShare 0 to 1, four decimals (0.75 for 9 of 12)
	 */
	record DashboardJson(long networkId, String name, LocalDate asOf, int memberCount, int meetingRegularlyCount,
			BigDecimal meetingRegularlyShare, List<MemberJson> members) {
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

	@GetMapping("/networks")
	@Operation(summary = "Networks: all for staff, the ones they coordinate for coordinators, none for others")
	List<NetworkJson> networks(@AuthenticationPrincipal SignedInUser user) {
		return networks.visibleTo(user, NetworkFilter.NONE)
			.stream()
			.map(n -> new NetworkJson(n.id(), n.name(), n.hubCdsCode(), n.hubName(), n.region().slug(), n.schoolYears(),
					n.currentMembers()))
			.toList();
	}

	@PostMapping("/networks")
	@Operation(summary = "Create a network (staff)",
			description = "The hub must be a county office of education; region: northern-california, "
					+ "central-valley or southern-california; school years by the year they start in (2018 = 2018-19).")
	ResponseEntity<Created> create(@Valid @RequestBody NewNetwork body) {
		var region = Region.require(body.region());
		var id = networks.create(body.name(), body.hubCdsCode(), region, body.firstSchoolYear(), body.lastSchoolYear());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + id)).body(new Created(id));
	}

	@PostMapping("/networks/{id}/members")
	@Operation(summary = "An LEA joins the network (today, or on joinedOn)",
			description = "An LEA may belong to several networks at once (alsoMemberOf names the others); it may "
					+ "not be a current member of the same network twice.")
	ResponseEntity<MemberAdded> addMember(@PathVariable long id, @Valid @RequestBody NewMember body) {
		var others = networks.addMember(id, body.leaCdsCode(), body.joinedOn());
		return ResponseEntity.status(HttpStatus.CREATED).body(new MemberAdded(body.leaCdsCode().trim(), others));
	}

	@GetMapping("/networks/{id}/dashboard")
	@Operation(summary = "The network's dashboard as of a day (default today)")
	DashboardJson dashboard(@PathVariable long id,
			@Parameter(description = "ISO date, e.g. 2019-12-15") @RequestParam(required = false) LocalDate asOf) {
		var d = dashboards.dashboard(id, asOf);
		var rows = d.members()
			.stream()
			.map(m -> new MemberJson(m.cdsCode(), m.leaName(), m.joinedOn(), m.hasTeam() ? m.team().id().value() : null,
					m.hasTeam(), m.hasTeam() ? m.composition().complete() : null,
					m.hasTeam() ? m.composition().laborCount() : null,
					m.hasTeam() ? m.composition().managementCount() : null, m.meetingRegularly(), m.lastMeeting(),
					m.conveningsAttended(), d.conveningsHeld().size(),
					m.stages()
						.stream()
						.collect(java.util.stream.Collectors.toMap(PracticeStage::practice, PracticeStage::stage,
								(a, b) -> b, java.util.TreeMap::new))))
			.toList();
		return new DashboardJson(d.networkId(), d.networkName(), d.asOf(), d.memberCount(), d.meetingRegularlyCount(),
				BigDecimal.valueOf(d.share()).setScale(4, RoundingMode.HALF_UP), rows);
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

	@ExceptionHandler(NetworkRuleViolation.class)
	ProblemDetail ruleViolation(NetworkRuleViolation ex, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

}
