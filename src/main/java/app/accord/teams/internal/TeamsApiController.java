package app.accord.teams.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The teams JSON API. Reads and changes go through the same secured services as the
 * pages, so a token can do no more than its owner could on screen.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "Labor-management teams: roster, composition, meetings, self-assessments")
@SecurityRequirement(name = "bearer")
class TeamsApiController {

	private final TeamCreation creation;

	private final Roster roster;

	private final MeetingLog meetingLog;

	private final SelfAssessments assessments;

	private final TeamPages pages;

	private final TeamList list;

	private final MessageSource messages;

	TeamsApiController(TeamCreation creation, Roster roster, MeetingLog meetingLog, SelfAssessments assessments,
			TeamPages pages, TeamList list, MessageSource messages) {
		this.creation = creation;
		this.roster = roster;
		this.meetingLog = meetingLog;
		this.assessments = assessments;
		this.pages = pages;
		this.list = list;
		this.messages = messages;
	}

	/**
	 * @param role and side: the creator's seat, required unless staff create the team
	 */
	record NewTeam(@NotBlank @Size(max = 14) String leaCdsCode, @Size(max = 200) String name,
			@Size(max = 200) String title, @Schema(implementation = MemberRole.class) String role,
			@Schema(implementation = Side.class) String side, @Size(max = 200) String organization) {
	}

	@Schema(name = "NewTeamMember")
	record NewMember(@NotBlank(message = "{teams.member.name.required}") @Size(max = 200) String name,
			@Email(message = "{teams.member.email.invalid}") @Size(max = 320) String email,
			@Size(max = 200) String title,
			@NotBlank(message = "{teams.member.role.required}") @Schema(implementation = MemberRole.class) String role,
			@NotBlank(message = "{teams.member.side.required}") @Schema(implementation = Side.class) String side,
			@Size(max = 200) String organization, @SensibleDate LocalDate joinedOn) {
	}

	record NewMeeting(@NotNull @SensibleDate LocalDate heldOn, @NotNull @Min(0) @Max(1000) Integer laborAttendees,
			@NotNull @Min(0) @Max(1000) Integer managementAttendees,
			@ArraySchema(schema = @Schema(implementation = MeetingTopic.class)) List<String> topics,
			@Size(max = 500) String otherTopics, @Size(max = 4000) String decisions,
			@Size(max = 4000) String nextSteps) {
	}

	record NewRating(@NotBlank @Schema(implementation = Practice.class) String practice,
			@NotBlank @Schema(implementation = Stage.class) String stage, @Size(max = 2000) String evidence) {
	}

	record NewAssessment(@SensibleDate LocalDate assessedOn,
			@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull NewRating> ratings) {
	}

	record Created(long id) {
	}

	record CompositionJson(boolean complete, List<MemberRole> missingRoles, int laborCount, int managementCount,
			int laborSharePercent) {

		static CompositionJson of(app.accord.teams.Composition c) {
			return new CompositionJson(c.complete(), c.missingRoles(), c.laborCount(), c.managementCount(),
					c.laborShare());
		}

	}

	record MemberJson(long id, String name, String email, String title, MemberRole role, Side side, String organization,
			boolean coLead, LocalDate joinedOn, LocalDate leftOn) {

		static MemberJson of(TeamView.MemberRow m) {
			return new MemberJson(m.id(), m.name(), m.email(), m.title(), m.role(), m.side(), m.organization(),
					m.coLead(), m.joinedOn(), m.leftOn());
		}

	}

	record TeamJson(long id, String name, String leaCdsCode, String leaName, String county, boolean active,
			LocalDate asOf, List<MemberJson> members, CompositionJson composition, boolean meetingRegularly,
			LocalDate lastMeeting, List<MemberJson> history) {
	}

	record TeamListJson(long id, String name, String leaCdsCode, String leaName, String county, String region,
			CompositionJson composition, boolean meetingRegularly, LocalDate lastMeeting) {
	}

	@PostMapping
	@Operation(summary = "Start the labor-management team of an LEA",
			description = "An LEA has at most one active team (409 otherwise). A creator who is not staff becomes "
					+ "its first co-lead and must give their role and side.")
	ResponseEntity<Created> create(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NewTeam body) {
		var founder = user.isStaff() && body.role() == null ? null
				: new TeamCreation.Founder(body.title(), role(body.role()), side(body.side()), body.organization());
		var id = creation.create(user, body.leaCdsCode(), body.name(), founder);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id.value())).body(new Created(id.value()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A team with its roster (as of a day, default today) and composition")
	TeamJson team(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Parameter(description = "ISO date, e.g. 2024-09-01") @RequestParam(required = false) LocalDate asOf) {
		var view = pages.view(id, asOf, user);
		return new TeamJson(view.id(), view.displayName(), view.leaCdsCode(), view.leaName(), view.county(),
				view.active(), view.asOf(), view.roster().stream().map(MemberJson::of).toList(),
				CompositionJson.of(view.composition()), view.meetingStatus().regular(),
				view.meetingStatus().lastMeeting(), view.history().stream().map(MemberJson::of).toList());
	}

	@GetMapping
	@Operation(summary = "Active teams: all for staff, one's own for anyone else")
	List<TeamListJson> teams(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "northern-california, central-valley or southern-california") @RequestParam(
					required = false) String region,
			@RequestParam(required = false) Boolean meetingRegularly, @RequestParam(required = false) String county,
			@RequestParam(required = false) Boolean complete) {
		var filter = new TeamFilter(region == null || region.isBlank() ? null : Region.require(region), county,
				complete, meetingRegularly);
		return list.visibleTo(user, filter)
			.stream()
			.map(row -> new TeamListJson(row.id(), row.displayName(), row.leaCdsCode(), row.leaName(), row.county(),
					row.region() == null ? null : row.region().slug(), CompositionJson.of(row.composition()),
					row.meetingRegularly(), row.lastMeeting()))
			.toList();
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add a member; one with an email is invited to sign in",
			description = "409 when the person is already a current member.")
	ResponseEntity<Created> addMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @RequestBody NewMember body) {
		var details = new MemberDetails(body.name(), body.email(), body.title(), role(body.role()), side(body.side()),
				body.organization());
		var memberId = roster.add(id, details, body.joinedOn(), user);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id + "/members/" + memberId))
			.body(new Created(memberId));
	}

	@DeleteMapping("/{id}/members/{memberId}")
	@Operation(summary = "Record that a member left (today, or on leftOn); the record stays in the history")
	ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) @SensibleDate LocalDate leftOn) {
		roster.leave(id, memberId, leftOn);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/meetings")
	@Operation(summary = "Log a learning-team meeting",
			description = "Topics: " + "STUDENT_LEARNING, BUDGET, "
					+ "WORKING_CONDITIONS, PROFESSIONAL_DEVELOPMENT, COMMUNICATION, SCHOOL_CLIMATE, HEALTH_AND_SAFETY, "
					+ "EVALUATION, CONTRACT_IMPLEMENTATION, TEAM_DEVELOPMENT")
	ResponseEntity<Created> addMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
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
			.body(new Created(meetingId));
	}

	@PostMapping("/{id}/assessments")
	@Operation(summary = "Record a self-assessment rating each of the seven practices",
			description = "Practices: " + "COLLABORATIVE_PROBLEM_SOLVING, GUIDING_PRINCIPLES, DIVERSE_TEAM, "
					+ "SHARED_VISION, DECISION_MAKING, COMMUNICATION, STRUCTURE_FOR_COLLABORATION; stages: "
					+ "NOT_STARTED, EMERGING, DEVELOPING, ESTABLISHED")
	ResponseEntity<Created> addAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @RequestBody NewAssessment body) {
		var ratings = new ArrayList<Assessment.Rating>();
		for (var rating : body.ratings()) {
			var practice = Practice.parse(rating.practice())
				.orElseThrow(() -> new IllegalArgumentException("Unknown practice '" + rating.practice()
						+ "'. Use one of: " + Arrays.toString(Practice.values()) + "."));
			var stage = Stage.parse(rating.stage())
				.orElseThrow(() -> new IllegalArgumentException("Unknown stage '" + rating.stage() + "'. Use one of: "
						+ Arrays.toString(Stage.values()) + "."));
			ratings.add(new Assessment.Rating(practice, stage, rating.evidence()));
		}
		var assessmentId = assessments.record(id, body.assessedOn(), ratings, user);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id + "/assessments/" + assessmentId))
			.body(new Created(assessmentId));
	}

	@ExceptionHandler(TeamRuleViolation.class)
	ProblemDetail ruleViolation(TeamRuleViolation ex, Locale locale) {
		var status = ex instanceof TeamConflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		var problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
	}

	private static MemberRole role(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return MemberRole.parse(value)
			.orElseThrow(() -> new TeamRuleViolation("role", "teams.api.role.unknown", value,
					Arrays.toString(MemberRole.values())));
	}

	private static Side side(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Side.parse(value)
			.orElseThrow(() -> new TeamRuleViolation("side", "teams.api.side.unknown", value,
					Arrays.toString(Side.values())));
	}

}
