package app.accord.networks.network;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.networks.network.NetworkService.NetworkFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The networks of the JSON API. It goes through the same secured services as the pages,
 * so a token can do no more than its owner could on screen.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = NetworksApi.TAG, description = NetworksApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class NetworksApiController {

	private final NetworkService networks;

	NetworksApiController(NetworkService networks) {
		this.networks = networks;
	}

	record NewNetwork(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 14) String hubCdsCode,
			@NotBlank @Schema(allowableValues = {
					"northern-california", "central-valley", "southern-california" }) String region,
			@NotNull @Min(1990) @Max(2100) Integer firstSchoolYear, @Min(1990) @Max(2100) Integer lastSchoolYear){
	}

	@Schema(name = "NewNetworkMember")
	record NewMember(@NotBlank @Size(max = 14) String leaCdsCode, @SensibleDate LocalDate joinedOn) {
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

}
