package app.accord.directory.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

import app.accord.directory.CountyMap;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import app.accord.directory.leas.County;
import app.accord.directory.leas.Lea;
import app.accord.directory.leas.LeaCatalog;
import app.accord.directory.leas.Notice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * California's counties coloured by region with every LEA as a dot, drawn on the server
 * as SVG; a table per region says the same in text.
 */
@Controller
class MapController {

	private final CountyMap map;

	private final LeaCatalog catalog;

	MapController(CountyMap map, LeaCatalog catalog) {
		this.map = map;
		this.catalog = catalog;
	}

	/** An LEA's dot: where it is drawn and whether the visitor came from its page. */
	record Dot(String cdsCode, String name, double x, double y, boolean highlighted) {
	}

	/** A county row of the text alternative. */
	record CountyRow(String name, Region region, long leas) {
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String lea, Model model) {
		var notices = new ArrayList<Notice>();
		var regionFilter = filter(region, Region::parse, "directory.notice.region", notices);
		var typeFilter = filter(type, LeaType::parse, "directory.notice.type", notices);
		var counties = this.catalog.counties();
		var regionByCounty = counties.stream().collect(Collectors.toMap(County::getName, County::getRegion));
		var leas = this.catalog.list(new LeaCatalog.Criteria(null, null, regionFilter, typeFilter));
		var dots = leas.stream()
			.filter(l -> l.getLatitude() != null && l.getLongitude() != null)
			.map(l -> dot(l, lea))
			// The highlighted dot is drawn last, so no other dot covers it.
			.sorted((a, b) -> Boolean.compare(a.highlighted(), b.highlighted()))
			.toList();
		var leasByCounty = leas.stream()
			.collect(Collectors.groupingBy(l -> l.getCounty().getName(), Collectors.counting()));
		var table = new EnumMap<Region, List<CountyRow>>(Region.class);
		for (var county : counties) {
			if (regionFilter == null || county.getRegion() == regionFilter) {
				table.computeIfAbsent(county.getRegion(), r -> new ArrayList<>())
					.add(new CountyRow(county.getName(), county.getRegion(),
							leasByCounty.getOrDefault(county.getName(), 0L)));
			}
		}
		model.addAttribute("viewBox", this.map.viewBox());
		model.addAttribute("outline", this.map.outline());
		model.addAttribute("counties", this.map.shade(regionByCounty));
		model.addAttribute("dots", dots);
		model.addAttribute("table", table);
		model.addAttribute("regionFilter", regionFilter);
		model.addAttribute("typeFilter", typeFilter);
		model.addAttribute("regions", Region.values());
		model.addAttribute("types", LeaType.values());
		model.addAttribute("notices", notices);
		model.addAttribute("leaCount", dots.size());
		return "directory/map";
	}

	private Dot dot(Lea lea, String highlighted) {
		var point = this.map.project(lea.getLongitude().doubleValue(), lea.getLatitude().doubleValue());
		return new Dot(lea.getCdsCode(), lea.getName(), tenth(point.x()), tenth(point.y()),
				lea.getCdsCode().equals(highlighted));
	}

	/** A tenth of a map unit is finer than any screen shows the map. */
	private static double tenth(double coordinate) {
		return Math.round(coordinate * 10) / 10.0;
	}

	private static <T> T filter(String value, java.util.function.Function<String, java.util.Optional<T>> parser,
			String noticeKey, List<Notice> notices) {
		if (value == null || value.isBlank()) {
			return null;
		}
		var parsed = parser.apply(value);
		if (parsed.isEmpty()) {
			notices.add(new Notice(noticeKey, value));
		}
		return parsed.orElse(null);
	}

}
