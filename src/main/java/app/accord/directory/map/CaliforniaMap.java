package app.accord.directory.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.accord.directory.CountyMap;
import app.accord.directory.imports.ShippedData;

import org.springframework.stereotype.Component;

/**
 * California's counties as SVG paths, projected and fitted once when the application
 * starts (the shapes never change), so drawing the map is only string output.
 */
@Component
class CaliforniaMap implements CountyMap {

	static final double WIDTH = 600;

	private static final double PADDING = 8;

	private final AlbersProjection projection = AlbersProjection.california();

	private final List<ShadedCounty<Void>> counties;

	private final String outline;

	private final double scale;

	private final double minX;

	private final double maxY;

	private final double height;

	CaliforniaMap() {
		this(ShippedData.read(ShippedData.SHAPES));
	}

	CaliforniaMap(String topoJson) {
		var topology = TopoJson.parse(topoJson);
		var features = topology.features("counties");
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (var feature : features) {
			for (var polygon : feature.polygons()) {
				for (var ring : polygon) {
					for (var point : ring) {
						var xy = this.projection.project(point[0], point[1]);
						minX = Math.min(minX, xy[0]);
						maxX = Math.max(maxX, xy[0]);
						minY = Math.min(minY, xy[1]);
						maxY = Math.max(maxY, xy[1]);
					}
				}
			}
		}
		this.scale = (WIDTH - 2 * PADDING) / (maxX - minX);
		this.minX = minX;
		this.maxY = maxY;
		this.height = Math.ceil((maxY - minY) * this.scale + 2 * PADDING);
		this.counties = features.stream()
			.map(feature -> new ShadedCounty<Void>(feature.properties().get("name"), feature.id(),
					path(feature.polygons()), null))
			.sorted(java.util.Comparator.comparing(ShadedCounty::name))
			.toList();
		this.outline = topology.features("state")
			.stream()
			.map(state -> path(state.polygons()))
			.reduce("", String::concat);
	}

	@Override
	public String viewBox() {
		return "0 0 " + (int) WIDTH + " " + (int) this.height;
	}

	@Override
	public String outline() {
		return this.outline;
	}

	@Override
	public <V> List<ShadedCounty<V>> shade(Map<String, V> valueByCounty) {
		return this.counties.stream()
			.map(county -> new ShadedCounty<>(county.name(), county.fips(), county.path(),
					valueByCounty.get(county.name())))
			.toList();
	}

	@Override
	public Point project(double longitude, double latitude) {
		var xy = this.projection.project(longitude, latitude);
		return new Point(round(x(xy[0])), round(y(xy[1])));
	}

	private double x(double projected) {
		return PADDING + (projected - this.minX) * this.scale;
	}

	/** SVG's y grows downwards. */
	private double y(double projected) {
		return PADDING + (this.maxY - projected) * this.scale;
	}

	private String path(List<List<List<double[]>>> polygons) {
		var path = new StringBuilder();
		for (var polygon : polygons) {
			for (var ring : polygon) {
				var previous = "";
				var first = true;
				for (var point : ring) {
					var xy = this.projection.project(point[0], point[1]);
					var next = format(x(xy[0])) + " " + format(y(xy[1]));
					if (next.equals(previous)) {
						// Points closer than the output precision add bytes, not detail.
						continue;
					}
					path.append(first ? 'M' : 'L').append(next);
					previous = next;
					first = false;
				}
				path.append('Z');
			}
		}
		return path.toString();
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** The counties with their paths, for tests and for drawing. */
	List<ShadedCounty<Void>> counties() {
		return new ArrayList<>(this.counties);
	}

}
