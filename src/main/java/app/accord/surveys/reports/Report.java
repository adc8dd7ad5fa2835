package app.accord.surveys.reports;

import app.accord.surveys.instruments.ItemKind;

import java.util.List;

/**
 * An item report as readers see it: figures of groups below the reporting minimum (and
 * their complements) are already gone, not merely flagged.
 */
public record Report(String title, String leaCdsCode, String leaName, long responses, long headcount,
		Integer responseRatePercent, boolean headcountWarning, boolean suppressed, int minimum, Breakdown breakdown,
		List<Group> groups, List<ItemResult> items, Trend trend) {

	/**
	 * The share agreeing with each Likert item in every administration that asked it
	 * (oldest first), in the same scope; null where fewer than the minimum answered.
	 */
	record Trend(List<TrendColumn> administrations, List<TrendRow> items) {

		static final Trend NONE = new Trend(List.of(), List.of());

		public boolean shown() {
			return administrations.size() > 1;
		}

	}

	record TrendColumn(long id, String title, java.time.LocalDate opensOn) {
	}

	record TrendRow(String code, String text, List<Integer> agreePercents) {
	}

	/** A comparison group; {@code n} is null when hidden. */
	public record Group(String key, String label, Long n, boolean suppressed) {
	}

	/**
	 * Figures of one item for everyone in scope ({@code total}) and per group. Choice
	 * items list their options; open-text items their comments.
	 */
	public record ItemResult(String code, String text, ItemKind kind, int points, boolean allowNa, Cell total,
			List<Cell> groups, List<ChoiceCount> choices, List<String> comments) {

		/** Everyone first, then each group. */
		public List<Cell> rows() {
			var rows = new java.util.ArrayList<Cell>();
			rows.add(total);
			rows.addAll(groups);
			return rows;
		}

	}

	/**
	 * N counts everyone who answered (don't know included); the agree share and the
	 * distribution leave don't know out. Everything but the key is empty when suppressed.
	 */
	public record Cell(String key, String label, Long n, Integer agreePercent, List<Long> distribution,
			List<Integer> percents, Long notApplicable, boolean suppressed) {

		static Cell hidden(String key, String label) {
			return new Cell(key, label, null, null, List.of(), List.of(), null, true);
		}

	}

	public record ChoiceCount(String code, String label, Long count, Integer percent, boolean suppressed) {
	}

}
