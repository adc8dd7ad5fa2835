package app.accord.directory.map;

import java.util.List;

import app.accord.directory.imports.ShippedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TopoJsonTests {

	/**
	 * Two squares side by side sharing one arc: the left walks the shared arc forwards,
	 * the right backwards (~1, that is -2), and a triangle. Quantized with scale 0.5 and
	 * translate (10, 20).
	 */
	static final String TWO_SQUARES = """
			{"type":"Topology",
			 "transform":{"scale":[0.5,0.5],"translate":[10,20]},
			 "objects":{
			   "shapes":{"type":"GeometryCollection","geometries":[
			     {"type":"Polygon","id":"L","properties":{"name":"Left"},"arcs":[[0,1]]},
			     {"type":"MultiPolygon","id":"R","properties":{"name":"Right"},"arcs":[[[-2,2]],[[3]]]}
			   ]}},
			 "arcs":[
			   [[2,0],[-2,0],[0,2],[2,0]],
			   [[2,2],[0,-2]],
			   [[2,2],[2,0],[0,-2],[-2,0]],
			   [[8,8],[1,0],[0,1],[-1,-1]]
			 ]}
			""";

	@Test
	void arcsAreDeltaDecodedAndTransformed() {
		var left = TopoJson.parse(TWO_SQUARES).features("shapes").get(0);
		assertThat(left.id()).isEqualTo("L");
		assertThat(left.properties()).containsEntry("name", "Left");
		var ring = left.polygons().get(0).get(0);
		assertThat(points(ring)).containsExactly(p(11, 20), p(10, 20), p(10, 21), p(11, 21), p(11, 20));
	}

	@Test
	void negativeIndexesWalkTheArcBackwards() {
		var right = TopoJson.parse(TWO_SQUARES).features("shapes").get(1);
		var ring = right.polygons().get(0).get(0);
		assertThat(points(ring)).containsExactly(p(11, 20), p(11, 21), p(12, 21), p(12, 20), p(11, 20));
	}

	@Test
	void multiPolygonsKeepEachPart() {
		var right = TopoJson.parse(TWO_SQUARES).features("shapes").get(1);
		assertThat(right.polygons()).hasSize(2);
		assertThat(points(right.polygons().get(1).get(0))).containsExactly(p(14, 24), p(14.5, 24), p(14.5, 24.5),
				p(14, 24));
	}

	@Test
	void californiaHasFiftyEightCountiesWithClosedRings() {
		var counties = TopoJson.parse(ShippedData.read(ShippedData.SHAPES)).features("counties");
		assertThat(counties).hasSize(58);
		assertThat(counties).allSatisfy(county -> {
			assertThat(county.properties()).containsKeys("name", "fips", "cds_county_code");
			assertThat(county.polygons()).isNotEmpty().allSatisfy(polygon -> polygon.forEach(ring -> {
				var first = ring.get(0);
				var last = ring.get(ring.size() - 1);
				assertThat(first[0]).isCloseTo(last[0], within(1e-9));
				assertThat(first[1]).isCloseTo(last[1], within(1e-9));
				assertThat(first[0]).isBetween(-124.5, -114.0);
				assertThat(first[1]).isBetween(32.5, 42.1);
			}));
		});
		// Los Angeles, San Francisco, Santa Barbara and Ventura have islands.
		assertThat(counties.stream().filter(county -> county.polygons().size() > 1)).hasSize(4);
	}

	@Test
	void theMapProjectsCountiesIntoItsViewBox() {
		var map = new CaliforniaMap();
		assertThat(map.counties()).hasSize(58);
		assertThat(map.viewBox()).startsWith("0 0 600 ");
		var height = Double.parseDouble(map.viewBox().split(" ")[3]);
		// North is up and the far north-west corner is near the top left.
		var crescentCity = map.project(-124.2, 41.75);
		var sanDiego = map.project(-117.16, 32.72);
		assertThat(crescentCity.y()).isLessThan(sanDiego.y());
		assertThat(crescentCity.x()).isLessThan(sanDiego.x());
		assertThat(sanDiego.y()).isLessThan(height);
		assertThat(map.shade(java.util.Map.of("Fresno", 42))).filteredOn(county -> county.value() != null)
			.singleElement()
			.satisfies(county -> assertThat(county.name()).isEqualTo("Fresno"));
	}

	private static List<String> points(List<double[]> ring) {
		return ring.stream().map(point -> p(point[0], point[1])).toList();
	}

	private static String p(double x, double y) {
		return x + "," + y;
	}

}
