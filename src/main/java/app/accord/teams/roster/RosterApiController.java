package app.accord.teams.roster;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.team.MemberDetails;
import app.accord.teams.team.TeamsApi;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster part of the teams JSON API, through the same secured service as the pages.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = TeamsApi.TAG, description = TeamsApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class RosterApiController {

	private final Roster roster;

	RosterApiController(Roster roster) {
		this.roster = roster;
	}

	@Schema(name = "NewTeamMember")
	record NewMember(@NotBlank(message = "{teams.member.name.required}") @Size(max = 200) String name,
			@Email(message = "{teams.member.email.invalid}") @Size(max = 320) String email,
			@Size(max = 200) String title,
			@NotBlank(message = "{teams.member.role.required}") @Schema(implementation = MemberRole.class) String role,
			@NotBlank(message = "{teams.member.side.required}") @Schema(implementation = Side.class) String side,
			@Size(max = 200) String organization, @SensibleDate LocalDate joinedOn) {
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add a member; one with an email is invited to sign in",
			description = "409 when the person is already a current member.")
	ResponseEntity<TeamsApi.Created> addMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @RequestBody NewMember body) {
		var details = new MemberDetails(body.name(), body.email(), body.title(), TeamsApi.role(body.role()),
				TeamsApi.side(body.side()), body.organization());
		var memberId = roster.add(id, details, body.joinedOn(), user);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id + "/members/" + memberId))
			.body(new TeamsApi.Created(memberId));
	}

	@DeleteMapping("/{id}/members/{memberId}")
	@Operation(summary = "Record that a member left (today, or on leftOn); the record stays in the history")
	ResponseEntity<Void> removeMember(@PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) @SensibleDate LocalDate leftOn) {
		roster.leave(id, memberId, leftOn);
		return ResponseEntity.noContent().build();
	}

}
