package app.accord.surveys.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for which figures are hidden, applied wherever parts are shown beside
 * their total: groups within a report, LEAs within an administration, choices within an
 * item, identifiers within the response export.
 * <p>
 * A part smaller than the reporting minimum is hidden. Whatever is hidden within a total
 * is what the total minus the shown parts gives away, so the hidden parts must add up to
 * none or to at least the minimum: while they add up to fewer, the smallest shown part is
 * hidden too. (If every part ends up hidden, the hidden parts add up to the total, which
 * is itself hidden when under the minimum.)
 * <p>
 * Wider totals are kept from revealing what a narrower report hides by being the sum of
 * what is shown: an LEA's statewide figures leave out the administrations in which that
 * LEA is hidden, and the statewide figures leave out administrations under the minimum
 * (see {@link SurveyReports}).
 */
final class Suppression {

	private Suppression() {
	}

	/**
	 * @param counts respondents per group (every group, including "not answered")
	 * @param alreadyHidden groups hidden for another reason (e.g. at the response level)
	 * @param minimum the reporting minimum
	 * @return the groups to hide
	 */
	static <K> Set<K> hidden(Map<K, Long> counts, Set<K> alreadyHidden, int minimum) {
		var hidden = new HashSet<K>();
		var sum = 0L;
		for (var entry : counts.entrySet()) {
			if (entry.getValue() < minimum || alreadyHidden.contains(entry.getKey())) {
				hidden.add(entry.getKey());
				sum += entry.getValue();
			}
		}
		while (sum > 0 && sum < minimum) {
			var next = counts.entrySet()
				.stream()
				.filter(entry -> !hidden.contains(entry.getKey()))
				.min(Comparator.comparingLong(Map.Entry::getValue));
			if (next.isEmpty()) {
				break;
			}
			hidden.add(next.get().getKey());
			sum += next.get().getValue();
		}
		return hidden;
	}

	/**
	 * Which LEAs of an administration are hidden: as a whole (by respondents), and item
	 * by item (by those who answered it; an LEA hidden as a whole is hidden for every
	 * item).
	 */
	record Plan(Set<String> leas, Map<String, Set<String>> byItem) {

		static final Plan NONE = new Plan(Set.of(), Map.of());

		boolean hides(String lea) {
			return leas.contains(lea);
		}

		boolean hides(String lea, String item) {
			return leas.contains(lea) || byItem.getOrDefault(item, Set.of()).contains(lea);
		}

	}

	/**
	 * @param respondents respondents per LEA of the administration (every LEA, 0 for
	 * those without any)
	 * @param answered item code to respondents per LEA who answered it
	 */
	static Plan plan(Map<String, Long> respondents, Map<String, Map<String, Long>> answered, int minimum) {
		var leas = hidden(respondents, Set.of(), minimum);
		var byItem = new HashMap<String, Set<String>>();
		answered.forEach((item, perLea) -> {
			var counts = new HashMap<String, Long>();
			respondents.keySet().forEach(lea -> counts.put(lea, perLea.getOrDefault(lea, 0L)));
			byItem.put(item, hidden(counts, leas, minimum));
		});
		return new Plan(Set.copyOf(leas), byItem);
	}

}
