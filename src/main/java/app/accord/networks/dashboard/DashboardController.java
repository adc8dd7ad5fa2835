package app.accord.networks.dashboard;

import java.time.LocalDate;
import java.util.Locale;

import app.accord.networks.network.NetworkDownloads;
import app.accord.shared.web.Downloads;
import app.accord.shared.web.SafeFilename;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** A network's dashboard as of any day, with its exports, and its map. */
@Controller
class DashboardController {

	private final NetworkDashboards dashboards;

	private final DashboardExport exports;

	private final NetworkMap maps;

	DashboardController(NetworkDashboards dashboards, DashboardExport exports, NetworkMap maps) {
		this.dashboards = dashboards;
		this.exports = exports;
		this.maps = maps;
	}

	/** The whole page, or only the figures when htmx asks after the date changed. */
	@GetMapping("/networks/{id}/dashboard")
	String dashboard(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("d", dashboards.dashboard(id, asOf));
		return htmx != null ? "networks/dashboard :: figures" : "networks/dashboard";
	}

	@GetMapping("/networks/{id}/dashboard/export")
	ResponseEntity<byte[]> exportDashboard(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "csv") String format, Locale locale) {
		var d = dashboards.dashboard(id, asOf);
		var name = SafeFilename.of(d.networkName() + " " + d.asOf());
		if ("pdf".equals(format)) {
			return Downloads.pdf(exports.dashboardPdf(d, locale), name + ".pdf");
		}
		return NetworkDownloads.table(exports.dashboardTable(d, locale), format, name, "Dashboard");
	}

	@GetMapping("/networks/{id}/map")
	String map(@PathVariable long id, Model model) {
		var map = maps.of(id);
		model.addAttribute("network", map.network());
		model.addAttribute("members", map.members());
		model.addAttribute("viewBox", map.viewBox());
		model.addAttribute("outline", map.outline());
		model.addAttribute("counties", map.counties());
		model.addAttribute("dots", map.dots());
		return "networks/map";
	}

}
