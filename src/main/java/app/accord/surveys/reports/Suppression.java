package app.accord.surveys.reports;

import java.util.Collection;
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
public final class Suppression {

	private Suppression() {
	}

	/**
	 * @param counts respondents per group (every group, including "not answered")
	 * @param alreadyHidden groups hidden for another reason (e.g. at the response level)
	 * @param minimum the reporting minimum
	 * @return the groups to hide
	 */
	public static <K> Set<K> hidden(Map<K, Long> counts, Set<K> alreadyHidden, int minimum) {
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
	public record Plan(Set<String> leas, Map<String, Set<String>> byItem) {

		static final Plan NONE = new Plan(Set.of(), Map.of());

		public boolean hides(String lea) {
			return leas.contains(lea);
		}

		public boolean hides(String lea, String item) {
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

	/**
	 * Which respondent groups (role groups, sites) a report hides: as a whole (by
	 * respondents), and item by item (by those who answered it; a group hidden as a whole
	 * is hidden for every item).
	 */
	record Groups(Set<String> groups, Map<String, Set<String>> byItem) {

		static final Groups NONE = new Groups(Set.of(), Map.of());

		Set<String> of(String item) {
			return byItem.getOrDefault(item, groups);
		}

	}

	/**
	 * @param respondents respondents per group
	 * @param answered item code to respondents per group who answered it
	 * @param forced groups hidden for another reason
	 * @param forcedByItem item code to groups hidden for that item for another reason
	 */
	static Groups groups(Map<String, Long> respondents, Map<String, Map<String, Long>> answered, Set<String> forced,
			Map<String, Set<String>> forcedByItem, int minimum) {
		var groups = hidden(respondents, forced, minimum);
		var byItem = new HashMap<String, Set<String>>();
		var items = new HashSet<>(answered.keySet());
		items.addAll(forcedByItem.keySet());
		for (var item : items) {
			var counts = new HashMap<String, Long>();
			var perGroup = answered.getOrDefault(item, Map.of());
			respondents.keySet().forEach(group -> counts.put(group, perGroup.getOrDefault(group, 0L)));
			var already = new HashSet<>(groups);
			already.addAll(forcedByItem.getOrDefault(item, Set.of()));
			byItem.put(item, Set.copyOf(hidden(counts, already, minimum)));
		}
		return new Groups(Set.copyOf(groups), byItem);
	}

	/**
	 * The groups a report of several parts (LEAs of an administration, administrations of
	 * the state) must hide before its own rule: every group hidden in a part's report
	 * where it has respondents, as a whole and item by item. Otherwise the wide report's
	 * figure of a group minus the parts showing it gives that group in the part hiding
	 * it.
	 * @param parts each part's respondents and answers per group, with what its report
	 * hides
	 */
	static Groups forced(Collection<Part> parts) {
		var groups = new HashSet<String>();
		var byItem = new HashMap<String, Set<String>>();
		for (var part : parts) {
			part.respondents().forEach((group, n) -> {
				if (n > 0 && part.hidden().groups().contains(group)) {
					groups.add(group);
				}
			});
			part.answered().forEach((item, perGroup) -> perGroup.forEach((group, n) -> {
				if (n > 0 && part.hidden().of(item).contains(group)) {
					byItem.computeIfAbsent(item, k -> new HashSet<>()).add(group);
				}
			}));
		}
		return new Groups(groups, byItem);
	}

	/** One part of a wider report: its counts per group and what its own report hides. */
	record Part(Map<String, Long> respondents, Map<String, Map<String, Long>> answered, Groups hidden) {

		/** A part whose report shows nothing (hidden as a whole or under the minimum). */
		static Part hiddenEntirely(Map<String, Long> respondents, Map<String, Map<String, Long>> answered) {
			return new Part(respondents, answered, new Groups(respondents.keySet(), Map.of()));
		}

	}

}
