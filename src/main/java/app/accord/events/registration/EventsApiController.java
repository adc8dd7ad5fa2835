package app.accord.events.registration;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventsApi;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.catalog.EventDetails;
import app.accord.events.catalog.EventFormat;
import app.accord.events.catalog.EventPolicy;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.catalog.EventStatus;
import app.accord.events.catalog.RegistrationMode;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

import app.accord.shared.validation.WebAddress;
import app.accord.shared.validation.SensibleDate;
import app.accord.shared.validation.Money;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events JSON API. It goes through the same secured services as the pages, so a token
 * can do no more than its owner could on screen.
 */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = EventsApi.TAG, description = EventsApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class EventsApiController {

	/** Header values arrive as ISO-8859-1: anything else would be stored garbled. */
	private static final java.util.regex.Pattern PRINTABLE_ASCII = java.util.regex.Pattern.compile("[\\x21-\\x7E]+");

	private final EventCatalog catalog;

	private final Registrations registrations;

	private final RegistrationQueries queries;

	private final Clock clock;

	private final SeatQueue queue;

	private final EventPolicy policy;

	EventsApiController(EventCatalog catalog, Registrations registrations, RegistrationQueries queries, Clock clock,
			SeatQueue queue, EventPolicy policy) {
		this.policy = policy;
		this.queue = queue;
		this.catalog = catalog;
		this.registrations = registrations;
		this.queries = queries;
		this.clock = clock;
	}

	record EventJson(long id, String title, EventKind kind, EventFormat format, String region, String venue,
			String address, String onlineUrl, LocalDateTime startsAt, LocalDateTime endsAt, String timeZone,
			String description, String topics, LocalDate registrationOpensOn, LocalDate registrationClosesOn,
			int capacity, int seatsTaken, int seatsLeft, RegistrationMode registrationMode, long feeCents,
			int complimentarySeats, LocalDate complimentaryDeadline, EventStatus status) {

		static EventJson of(Event e, String zone) {
			return new EventJson(e.getId(), e.getTitle(), e.getKind(), e.getFormat(),
					e.getRegion() == null ? null : e.getRegion().slug(), e.getVenue(), e.getAddress(), e.getOnlineUrl(),
					e.getStartsAt(), e.getEndsAt(), zone, e.getDescription(), e.getTopics(), e.getRegistrationOpensOn(),
					e.getRegistrationClosesOn(), e.getCapacity(), e.getSeatsTaken(), e.seatsLeft(),
					e.getRegistrationMode(), e.getFeeCents(), e.getComplimentarySeats(), e.getComplimentaryDeadline(),
					e.getStatus());
		}

	}

	/** Times are wall-clock times in the initiative's time zone. */
	record NewEvent(@NotBlank @Size(max = 200) String title, @NotNull EventKind kind, @NotNull EventFormat format,
			@Schema(allowableValues = {
					"northern-california", "central-valley", "southern-california" }) String region,
			@Size(max = 300) String venue, @Size(max = 500) String address,
			@Size(max = 500) @WebAddress String onlineUrl, @NotNull @SensibleDate LocalDateTime startsAt,
			@NotNull @SensibleDate LocalDateTime endsAt, @Size(max = 8000) String description,
			@Size(max = 1000) String topics, @NotNull @SensibleDate LocalDate registrationOpensOn,
			@NotNull @SensibleDate LocalDate registrationClosesOn, @NotNull @Min(1) @Max(100000) Integer capacity,
			@NotNull RegistrationMode registrationMode, @NotNull @Money(cents = true) Long feeCents,
			@Min(0) @Max(100) Integer complimentarySeats, @SensibleDate LocalDate complimentaryDeadline,
			@Min(0) @Max(60) Integer reminderDaysBefore, Boolean publish){
	}

	record NewAttendee(@NotBlank(message = "{events.attendee.name.required}") @Size(max = 200) String name,
			@Email(message = "{events.attendee.email.invalid}") @Size(max = 320) String email,
			@Schema(implementation = MemberRole.class) String role, @Schema(implementation = Side.class) String side,
			@Size(max = 200) String organization, @Size(max = 1000) String accessibilityNeeds,
			@Size(max = 1000) String dietaryNeeds) {
	}

	/**
	 * A team's registration ({@code teamId}, {@code estimatedSize}, optional
	 * {@code attendees}) or a person's ({@code person}; the token's owner when left out).
	 */
	record NewRegistration(Long teamId, @Min(1) Integer estimatedSize,
			@Size(max = 1000) List<@Valid @NotNull NewAttendee> attendees, @Valid NewAttendee person) {
	}

	record AttendeeJson(long id, String name, String email, String role, String side, Instant checkedInAt) {
	}

	record RegistrationJson(long id, long eventId, Long teamId, String name, RegistrationStatus status,
			Integer waitlistPosition, int seats, int complimentarySeats, int paidSeats, long feeCents,
			long amountDueCents, String invoiceNumber, PaymentStatus paymentStatus, List<AttendeeJson> attendees) {

		static RegistrationJson of(RegistrationView v) {
			return new RegistrationJson(v.id(), v.eventId(), v.teamId(), v.name(), v.status(), v.waitlistPosition(),
					v.seats(), v.fee().complimentarySeats(), v.fee().paidSeats(), v.fee().feeCents(),
					v.fee().amountDueCents(), v.invoiceNumber(), v.paymentStatus(),
					v.attendees()
						.stream()
						.map(a -> new AttendeeJson(a.id(), a.name(), a.email(), a.role(), a.side(), a.checkedInAt()))
						.toList());
		}

	}

	@GetMapping
	@Operation(summary = "Published events (and cancelled ones), soonest first; staff may ask for drafts too")
	List<EventJson> events(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "upcoming (default) or past") @RequestParam(required = false) String when,
			@Parameter(description = "northern-california, central-valley or southern-california") @RequestParam(
					required = false) String region,
			@RequestParam(required = false) EventKind kind, @Parameter(
					description = "staff only: include drafts") @RequestParam(defaultValue = "false") boolean drafts) {
		var wantedRegion = region == null || region.isBlank() ? null : Region.require(region);
		var past = "past".equals(when);
		var now = LocalDateTime.now(clock);
		var source = drafts && policy.isStaff(user) ? catalog.all() : catalog.published();
		return source.stream()
			.filter(e -> e.isPast(now) == past)
			.filter(e -> wantedRegion == null || wantedRegion == e.getRegion())
			.filter(e -> kind == null || kind == e.getKind())
			.sorted(java.util.Comparator.comparing(Event::getStartsAt))
			.map(e -> EventJson.of(e, clock.getZone().getId()))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One event; a draft only for staff")
	EventJson event(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return EventJson.of(catalog.visible(id, policy.isStaff(user)), clock.getZone().getId());
	}

	@PostMapping
	@Operation(summary = "Create an event (staff); a draft unless publish is true")
	ResponseEntity<EventJson> create(@Valid @RequestBody NewEvent body) {
		var details = new EventDetails(body.title(), body.kind(), body.format(),
				body.region() == null || body.region().isBlank() ? null : Region.require(body.region()), body.venue(),
				body.address(), body.onlineUrl(), body.startsAt(), body.endsAt(), body.description(), body.topics(),
				body.registrationOpensOn(), body.registrationClosesOn(), body.capacity(), body.registrationMode(),
				body.feeCents(), body.complimentarySeats() == null ? 4 : body.complimentarySeats(),
				body.complimentaryDeadline(), body.reminderDaysBefore() == null ? 3 : body.reminderDaysBefore());
		var id = catalog.create(details);
		if (Boolean.TRUE.equals(body.publish())) {
			catalog.publish(id);
		}
		return ResponseEntity.created(URI.create("/api/v1/events/" + id))
			.body(EventJson.of(catalog.visible(id, true), clock.getZone().getId()));
	}

	@PostMapping("/{id}/registrations")
	@Operation(summary = "Register a team (co-leads, staff) or a person",
			description = "Answers 201 with status CONFIRMED or WAITLISTED. Send an Idempotency-Key header to make "
					+ "retries safe: the same key answers 200 with the first registration. 409 when the team or "
					+ "person is already registered.")
	ResponseEntity<RegistrationJson> register(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@Valid @RequestBody NewRegistration body) {
		var key = idempotencyKey == null || idempotencyKey.isBlank() ? null
				: idempotencyKey.trim().substring(0, Math.min(100, idempotencyKey.trim().length()));
		if (key != null && !PRINTABLE_ASCII.matcher(key).matches()) {
			throw new EventRuleViolation("Idempotency-Key", "events.api.idempotencyKey.invalid");
		}
		Registrations.Outcome outcome;
		if (body.teamId() != null) {
			var attendees = new ArrayList<AttendeeDetails>();
			for (var a : body.attendees() == null ? List.<NewAttendee>of() : body.attendees()) {
				attendees.add(details(a));
			}
			var size = body.estimatedSize() == null ? Math.max(1, attendees.size()) : body.estimatedSize();
			outcome = queue.enter(id, () -> registrations.registerTeam(id, body.teamId(), size, attendees, user, key));
		}
		else {
			var person = body.person() != null ? details(body.person())
					: new AttendeeDetails(user.displayName(), user.email(), null, null, null, null, null);
			outcome = queue.enter(id, () -> registrations.registerPerson(id, person, user, key));
		}
		var json = RegistrationJson.of(queries.byToken(outcome.accessToken()).orElseThrow());
		var location = URI.create("/api/v1/events/" + id + "/registrations/" + outcome.registrationId());
		return outcome.created() ? ResponseEntity.created(location).body(json) : ResponseEntity.ok(json);
	}

	@GetMapping("/{id}/registrations")
	@Operation(summary = "Every registration of the event, waitlist in order (staff)")
	List<RegistrationJson> registrations(@PathVariable long id) {
		return queries.ofEvent(id).stream().map(RegistrationJson::of).toList();
	}

	@GetMapping("/{id}/registrations/{registrationId}")
	@Operation(summary = "One registration (its team's co-leads, the person, staff)")
	RegistrationJson registration(@PathVariable long id, @PathVariable long registrationId) {
		return RegistrationJson.of(queries.view(id, registrationId));
	}

	@DeleteMapping("/{id}/registrations/{registrationId}")
	@Operation(summary = "Cancel a registration; freed seats go to the waitlist")
	ResponseEntity<Void> cancel(@PathVariable long id, @PathVariable long registrationId) {
		registration(id, registrationId);
		registrations.cancel(registrationId);
		return ResponseEntity.noContent().build();
	}

	private static AttendeeDetails details(NewAttendee a) {
		return new AttendeeDetails(a.name(), a.email(), role(a.role()), side(a.side()), a.organization(),
				a.accessibilityNeeds(), a.dietaryNeeds());
	}

	private static MemberRole role(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return MemberRole.parse(value)
			.orElseThrow(() -> new EventRuleViolation("role", "events.api.role.unknown", value,
					Arrays.toString(MemberRole.values())));
	}

	private static Side side(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Side.parse(value)
			.orElseThrow(() -> new EventRuleViolation("side", "events.api.side.unknown", value,
					Arrays.toString(Side.values())));
	}

}
