package app.accord.networks.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

import app.accord.directory.CountyMap;
import app.accord.directory.Directory;
import app.accord.networks.network.NetworkService;
import app.accord.networks.network.NetworkViews.MemberRow;
import app.accord.networks.network.NetworkViews.NetworkView;

import org.springframework.stereotype.Component;

/**
 * The network's map: its current members and its hub as dots on the state, their counties
 * shaded.
 */
@Component
class NetworkMap {

	private final NetworkService networks;

	private final Directory directory;

	private final CountyMap map;

	NetworkMap(NetworkService networks, Directory directory, CountyMap map) {
		this.networks = networks;
		this.directory = directory;
		this.map = map;
	}

	/** A member's dot on the map; the hub's is drawn larger and last. */
	record Dot(String cdsCode, String name, double x, double y, boolean hub) {
	}

	/** What the map page shows. */
	record MapView(NetworkView network, List<MemberRow> members, String viewBox, String outline,
			List<CountyMap.ShadedCounty<Boolean>> counties, List<Dot> dots) {
	}

	/**
	 * Secured as the network's page: {@link NetworkService#view} checks who may run it.
	 */
	MapView of(long id) {
		var view = networks.view(id);
		var current = view.members().stream().filter(MemberRow::current).toList();
		var counties = new HashSet<String>();
		var dots = new ArrayList<Dot>();
		directory.findLea(view.hubCdsCode()).ifPresent(hub -> counties.add(hub.county()));
		for (var member : current) {
			if (member.county() != null) {
				counties.add(member.county());
			}
			directory.locate(member.cdsCode()).ifPresent(at -> {
				var point = map.project(at.longitude(), at.latitude());
				dots.add(new Dot(member.cdsCode(), member.leaName(), point.x(), point.y(), false));
			});
		}
		directory.locate(view.hubCdsCode()).ifPresent(at -> {
			var point = map.project(at.longitude(), at.latitude());
			dots.add(new Dot(view.hubCdsCode(), view.hubName(), point.x(), point.y(), true));
		});
		var shading = new HashMap<String, Boolean>();
		counties.forEach(c -> shading.put(c, true));
		return new MapView(view, current, map.viewBox(), map.outline(), map.shade(shading), dots);
	}

}
