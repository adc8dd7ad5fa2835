package app.accord.directory.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes TopoJSON (https://github.com/topojson/topojson-specification) into polygons of
 * longitude/latitude points: arcs are delta-encoded and quantized, shared between
 * neighbouring shapes, and referenced as {@code ~i} (that is {@code -i-1}) when a ring
 * walks an arc backwards.
 */
final class TopoJson {

	/** A shape: its id, properties, and polygons, each a list of rings of [lon, lat]. */
	record Feature(String id, Map<String, String> properties, List<List<List<double[]>>> polygons) {
	}

	private final List<List<double[]>> arcs;

	private final JsonNode objects;

	private TopoJson(List<List<double[]>> arcs, JsonNode objects) {
		this.arcs = arcs;
		this.objects = objects;
	}

	static TopoJson parse(String json) {
		var root = JsonMapper.builder().build().readTree(json);
		if (!"Topology".equals(root.path("type").asString(""))) {
			throw new IllegalArgumentException("Not a TopoJSON topology");
		}
		var transform = root.get("transform");
		double sx = 1, sy = 1, tx = 0, ty = 0;
		if (transform != null && !transform.isNull()) {
			sx = transform.get("scale").get(0).doubleValue();
			sy = transform.get("scale").get(1).doubleValue();
			tx = transform.get("translate").get(0).doubleValue();
			ty = transform.get("translate").get(1).doubleValue();
		}
		var quantized = transform != null && !transform.isNull();
		var arcs = new ArrayList<List<double[]>>();
		for (var arc : root.get("arcs")) {
			var points = new ArrayList<double[]>(arc.size());
			double x = 0, y = 0;
			for (var position : arc) {
				if (quantized) {
					// Quantized positions are deltas from the previous point of the arc.
					x += position.get(0).doubleValue();
					y += position.get(1).doubleValue();
					points.add(new double[] { x * sx + tx, y * sy + ty });
				}
				else {
					points.add(new double[] { position.get(0).doubleValue(), position.get(1).doubleValue() });
				}
			}
			arcs.add(points);
		}
		return new TopoJson(arcs, root.get("objects"));
	}

	/** The features of a named object (a GeometryCollection or a single geometry). */
	List<Feature> features(String objectName) {
		var object = this.objects.get(objectName);
		if (object == null) {
			throw new IllegalArgumentException("No object '" + objectName + "' in the topology");
		}
		var geometries = "GeometryCollection".equals(object.path("type").asString(""))
				? object.get("geometries").values() : List.of(object);
		var features = new ArrayList<Feature>();
		for (var geometry : geometries) {
			if ("GeometryCollection".equals(geometry.path("type").asString(""))) {
				geometry.get("geometries").values().forEach(part -> features.add(feature(part)));
			}
			else {
				features.add(feature(geometry));
			}
		}
		return features;
	}

	private Feature feature(JsonNode geometry) {
		var properties = new LinkedHashMap<String, String>();
		var props = geometry.get("properties");
		if (props != null && props.isObject()) {
			props.properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue().asString("")));
		}
		var id = geometry.has("id") ? geometry.get("id").asString() : null;
		var polygons = new ArrayList<List<List<double[]>>>();
		switch (geometry.path("type").asString("")) {
			case "Polygon" -> polygons.add(polygon(geometry.get("arcs")));
			case "MultiPolygon" -> geometry.get("arcs").values().forEach(polygon -> polygons.add(polygon(polygon)));
			default -> {
				// Points and lines have no area to draw on a county map.
			}
		}
		return new Feature(id, properties, polygons);
	}

	private List<List<double[]>> polygon(JsonNode rings) {
		var polygon = new ArrayList<List<double[]>>();
		for (var ring : rings) {
			polygon.add(ring(ring));
		}
		return polygon;
	}

	/**
	 * Joins a ring's arcs; each arc starts where the previous one ended, so that point is
	 * dropped.
	 */
	List<double[]> ring(JsonNode arcIndexes) {
		var points = new ArrayList<double[]>();
		for (var indexNode : arcIndexes) {
			var index = indexNode.intValue();
			var arc = new ArrayList<>(this.arcs.get(index < 0 ? ~index : index));
			if (index < 0) {
				Collections.reverse(arc);
			}
			points.addAll(points.isEmpty() ? arc : arc.subList(1, arc.size()));
		}
		return points;
	}

}
