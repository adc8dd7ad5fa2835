package app.accord.networks.dashboard;

import app.accord.networks.network.NetworksApi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.accord.teams.PracticeStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A network's dashboard in the JSON API, through the same secured service as the page.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = NetworksApi.TAG, description = NetworksApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class DashboardApiController {

	private final NetworkDashboards dashboards;

	DashboardApiController(NetworkDashboards dashboards) {
		this.dashboards = dashboards;
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

}
