package app.accord.surveys.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of a line chart of a {@link Report.Trend}: the share agreeing with each item
 * (0 to 100%) administration by administration, oldest on the left. Lines differ in
 * colour and in dash pattern, so they can be told apart printed in greyscale. A gap (too
 * few answered) breaks a line instead of joining across it. Drawn as inline SVG by the
 * template; the trend table beside it carries the same figures as text.
 */
final class TrendChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	static final int LEFT = 40;

	static final int RIGHT = 20;

	static final int TOP = 12;

	static final int BOTTOM = 40;

	private static final String[] COLORS = { "#08519c", "#d94801", "#238b45", "#6a51a3", "#525252", "#8c2d04" };

	private static final String[] DASHES = { "none", "8 4", "2 3", "10 3 2 3", "4 4", "1 5" };

	record Chart(int width, int height, List<Tick> ticks, List<Label> labels, List<Series> series) {

		public int left() {
			return LEFT;
		}

		public int right() {
			return width - RIGHT;
		}

		public int bottom() {
			return height - BOTTOM;
		}

	}

	/** A horizontal grid line at a percentage. */
	record Tick(double y, int percent) {
	}

	/** An administration under the x axis: its title (cut) and opening date. */
	record Label(double x, String anchor, String title, String date) {
	}

	record Series(String code, String text, String color, String dash, List<String> lines, List<Point> points) {
	}

	record Point(double x, double y, int percent) {
	}

	private TrendChart() {
	}

	static Chart of(Report.Trend trend) {
		var columns = trend.administrations();
		var plotWidth = WIDTH - LEFT - RIGHT;
		var plotHeight = HEIGHT - TOP - BOTTOM;
		var step = columns.size() > 1 ? (double) plotWidth / (columns.size() - 1) : 0;
		var ticks = new ArrayList<Tick>();
		for (var percent = 0; percent <= 100; percent += 25) {
			ticks.add(new Tick(y(percent, plotHeight), percent));
		}
		var labels = new ArrayList<Label>();
		for (var i = 0; i < columns.size(); i++) {
			var column = columns.get(i);
			var title = column.title().length() > 24 ? column.title().substring(0, 23) + "…" : column.title();
			var anchor = columns.size() == 1 ? "start" : i == 0 ? "start" : i == columns.size() - 1 ? "end" : "middle";
			labels.add(new Label(LEFT + i * step, anchor, title,
					column.opensOn() == null ? "" : column.opensOn().toString()));
		}
		var series = new ArrayList<Series>();
		for (var s = 0; s < trend.items().size(); s++) {
			var row = trend.items().get(s);
			var lines = new ArrayList<String>();
			var points = new ArrayList<Point>();
			var line = new StringBuilder();
			var inLine = 0;
			for (var i = 0; i < row.agreePercents().size(); i++) {
				var percent = row.agreePercents().get(i);
				if (percent == null) {
					if (inLine > 1) {
						lines.add(line.toString().strip());
					}
					line.setLength(0);
					inLine = 0;
					continue;
				}
				var point = new Point(LEFT + i * step, y(percent, plotHeight), percent);
				points.add(point);
				line.append(String.format(java.util.Locale.ROOT, " %.1f,%.1f", point.x(), point.y()));
				inLine++;
			}
			if (inLine > 1) {
				lines.add(line.toString().strip());
			}
			series.add(new Series(row.code(), row.text(), COLORS[s % COLORS.length], DASHES[s % DASHES.length], lines,
					points));
		}
		return new Chart(WIDTH, HEIGHT, ticks, labels, series);
	}

	private static double y(int percent, int plotHeight) {
		return TOP + plotHeight * (100 - percent) / 100.0;
	}

}
