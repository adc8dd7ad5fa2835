package app.accord.directory;

import java.util.List;
import java.util.Map;

/**
 * California's counties as SVG paths in a fixed equal-area projection, for any module
 * that wants to colour the state by a value of its own (e.g. participation by county).
 */
public interface CountyMap {

	/** The {@code viewBox} of an SVG the paths fit in. */
	String viewBox();

	/** The state's outline as SVG path data. */
	String outline();

	/**
	 * Every county (by name) with its path and the value given for it, {@code null} when
	 * the map has none.
	 * @param valueByCounty values keyed by county name as the directory writes it
	 */
	<V> List<ShadedCounty<V>> shade(Map<String, V> valueByCounty);

	/** Where a point (WGS84 degrees) falls in the map's coordinates. */
	Point project(double longitude, double latitude);

	record ShadedCounty<V>(String name, String fips, String path, V value) {
	}

	record Point(double x, double y) {
	}

}
