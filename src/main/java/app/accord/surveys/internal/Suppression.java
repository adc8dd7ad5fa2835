package app.accord.surveys.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which group figures must be hidden. A group smaller than the reporting minimum is
 * hidden; when that leaves exactly one group hidden among several, the next smallest is
 * hidden too, so the hidden one cannot be recovered by subtracting the shown groups from
 * the total.
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
		for (var entry : counts.entrySet()) {
			if (entry.getValue() < minimum || alreadyHidden.contains(entry.getKey())) {
				hidden.add(entry.getKey());
			}
		}
		if (hidden.size() == 1 && counts.size() > 1) {
			counts.entrySet()
				.stream()
				.filter(entry -> !hidden.contains(entry.getKey()))
				.min(Comparator.comparingLong(Map.Entry::getValue))
				.ifPresent(entry -> hidden.add(entry.getKey()));
		}
		return hidden;
	}

}
