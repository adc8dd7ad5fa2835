package app.accord.surveys.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of a diverging stacked bar for one Likert item: disagreement to the left of
 * the centre line, agreement to the right, a neutral middle point split across it. The
 * template draws it as inline SVG, so it needs no script and prints as drawn.
 */
final class DivergingChart {

	static final int WIDTH = 520;

	static final int HEIGHT = 26;

	/** Pixels per percentage point: each side can hold 100%. */
	static final double SCALE = WIDTH / 200.0;

	/** Fills from strongly disagree to strongly agree, distinct in greyscale too. */
	private static final String[] FIVE = { "#8c2d04", "#ec7014", "#bdbdbd", "#6baed6", "#08519c" };

	private static final String[] FOUR = { "#8c2d04", "#ec7014", "#6baed6", "#08519c" };

	record Segment(double x, double width, String fill, int point, int percent, boolean dark) {

		/** Where a label fits inside the segment, or -1 when it is too narrow. */
		public double labelX() {
			return width >= 24 ? x + width / 2 : -1;
		}

	}

	private DivergingChart() {
	}

	static List<Segment> segments(int points, List<Integer> percents) {
		if (percents.isEmpty()) {
			return List.of();
		}
		var fills = points == 5 ? FIVE : FOUR;
		double left = 0;
		for (var point = 1; point <= points / 2; point++) {
			left += percents.get(point - 1);
		}
		if (points % 2 == 1) {
			left += percents.get(points / 2) / 2.0;
		}
		var x = WIDTH / 2.0 - left * SCALE;
		var segments = new ArrayList<Segment>();
		for (var point = 1; point <= points; point++) {
			var width = percents.get(point - 1) * SCALE;
			segments.add(new Segment(x, width, fills[point - 1], point, percents.get(point - 1),
					point == 1 || point == points));
			x += width;
		}
		return segments;
	}

	static String fill(int points, int point) {
		return (points == 5 ? FIVE : FOUR)[point - 1];
	}

}
