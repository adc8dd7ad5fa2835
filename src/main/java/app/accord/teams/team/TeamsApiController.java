package app.accord.teams.team;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

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
 * The teams JSON API. Reads and changes go through the same secured services as the
 * pages, so a token can do no more than its owner could on screen.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = TeamsApi.TAG, description = TeamsApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class TeamsApiController {

	private final TeamCreation creation;

	private final TeamPages pages;

	private final TeamList list;

	TeamsApiController(TeamCreation creation, TeamPages pages, TeamList list) {
		this.creation = creation;
		this.pages = pages;
		this.list = list;
	}

	/**
	 * @param role and side: the creator's seat, required unless staff create the team
	 */
	record NewTeam(@NotBlank @Size(max = 14) String leaCdsCode, @Size(max = 200) String name,
			@Size(max = 200) String title, @Schema(implementation = MemberRole.class) String role,
			@Schema(implementation = Side.class) String side, @Size(max = 200) String organization) {
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
	ResponseEntity<TeamsApi.Created> create(@AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody NewTeam body) {
		// TeamCreation decides whether the creator joins the team (staff never do).
		var founder = new TeamCreation.Founder(body.title(), TeamsApi.role(body.role()), TeamsApi.side(body.side()),
				body.organization());
		var id = creation.create(user, body.leaCdsCode(), body.name(), founder);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id.value())).body(new TeamsApi.Created(id.value()));
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

}
