package app.accord.events.checkin;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import app.accord.accounts.SignedInUser;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.catalog.EventsApi;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Check-in at the door through the events API. */
@RestController
@RequestMapping("/api/v1/events")
@Tag(name = EventsApi.TAG, description = EventsApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class CheckInApiController {

	private final CheckIn checkIn;

	CheckInApiController(CheckIn checkIn) {
		this.checkIn = checkIn;
	}

	record NewCheckIn(Long attendeeId, String token) {
	}

	record CheckInJson(long attendeeId, String name, Instant checkedInAt) {
	}

	@PostMapping("/{id}/checkins")
	@Operation(summary = "Check an attendee in by id or by the token of their QR code (staff, volunteers)")
	CheckInJson checkIn(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestBody NewCheckIn body) {
		long attendeeId;
		if (body.attendeeId() != null) {
			attendeeId = body.attendeeId();
		}
		else if (body.token() != null && !body.token().isBlank()) {
			attendeeId = checkIn.byToken(id, body.token()).id();
		}
		else {
			throw new EventRuleViolation("attendeeId", "events.api.checkIn.required");
		}
		var arrival = checkIn.admit(id, attendeeId, user);
		return new CheckInJson(arrival.id(), arrival.name(), arrival.checkedInAt());
	}

}
