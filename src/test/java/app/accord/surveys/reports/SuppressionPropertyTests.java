package app.accord.surveys.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over many random group sizes (seeded, so a failure repeats): whatever a reader adds and
 * subtracts of the figures shown, no group of fewer than the minimum comes out. A figure
 * is the set of respondents it counts; a group can be worked out exactly when its set is
 * a sum and difference of shown figures, which is checked by linear algebra over every
 * group of respondents in the table.
 */
class SuppressionPropertyTests {

	static final int MINIMUM = 5;

	static final int CASES = 400;

	@Test
	void groupsBesideTheirTotalNeverGiveAwayASmallGroup() {
		var random = new Random(14);
		for (var c = 0; c < CASES; c++) {
			var counts = new LinkedHashMap<String, Long>();
			var size = 1 + random.nextInt(7);
			for (var g = 0; g < size; g++) {
				counts.put("G" + g, size(random));
			}
			var already = random.nextInt(3) == 0 ? Set.of("G0") : Set.<String>of();
			var hidden = Suppression.hidden(counts, already, MINIMUM);
			var atoms = new ArrayList<>(counts.keySet());
			var shown = new ArrayList<Set<String>>();
			if (total(counts) >= MINIMUM) {
				shown.add(Set.copyOf(atoms));
			}
			atoms.stream().filter(g -> !hidden.contains(g)).forEach(g -> shown.add(Set.of(g)));
			assertThat(hidden).as("case %d: %s", c, counts)
				.containsAll(already)
				.containsAll(atoms.stream().filter(g -> counts.get(g) < MINIMUM).toList());
			assertNothingSmallDerivable(atoms, counts, shown, "case " + c + ": " + counts + " hiding " + hidden);
		}
	}

	/**
	 * Administrations of LEAs, as every report shows them: each LEA's report (per item),
	 * each administration's (and so the network's), each LEA's statewide figures and the
	 * state's, with what each of them leaves out.
	 */
	@Test
	void leasAdministrationsAndTheStateNeverGiveAwayASmallGroupItemByItem() {
		var random = new Random(2026);
		for (var c = 0; c < CASES; c++) {
			var administrations = 1 + random.nextInt(3);
			var leas = 1 + random.nextInt(4);
			// respondents and those who answered one item, per administration and LEA
			var respondents = new HashMap<String, Long>();
			var answered = new HashMap<String, Long>();
			var atoms = new ArrayList<String>();
			for (var a = 0; a < administrations; a++) {
				for (var l = 0; l < leas; l++) {
					if (a > 0 && random.nextInt(4) == 0) {
						continue; // not every LEA takes part in every administration
					}
					var n = size(random);
					respondents.put(a + "/" + l, n);
					answered.put(a + "/" + l, random.nextInt(3) == 0 ? n - random.nextInt((int) n + 1) : n);
					atoms.add(a + "/" + l);
				}
			}
			var plans = new HashMap<Integer, Suppression.Plan>();
			for (var a = 0; a < administrations; a++) {
				var r = new LinkedHashMap<String, Long>();
				var i = new HashMap<String, Long>();
				for (var atom : atoms) {
					if (atom.startsWith(a + "/")) {
						r.put(lea(atom), respondents.get(atom));
						i.put(lea(atom), answered.get(atom));
					}
				}
				plans.put(a, Suppression.plan(r, Map.of("ITEM", i), MINIMUM));
			}
			for (var counts : List.of(respondents, answered)) {
				var item = counts == answered;
				var shown = new ArrayList<Set<String>>();
				// LEA reports: hidden as a whole, or for this item.
				for (var atom : atoms) {
					var plan = plans.get(administration(atom));
					if (!(item ? plan.hides(lea(atom), "ITEM") : plan.hides(lea(atom)))) {
						shown.add(Set.of(atom));
					}
				}
				// Administration reports (the network's too), shown from the minimum up.
				var kept = new ArrayList<String>();
				for (var a = 0; a < administrations; a++) {
					var ofA = of(atoms, a);
					var all = sum(ofA, respondents);
					var n = sum(ofA, counts);
					if (all >= MINIMUM && n >= MINIMUM) {
						shown.add(Set.copyOf(ofA));
					}
					// The state leaves out administrations (or items) under the minimum.
					if (!(all > 0 && all < MINIMUM) && !(n > 0 && n < MINIMUM)) {
						kept.addAll(ofA);
					}
				}
				if (sum(kept, respondents) >= MINIMUM && sum(kept, counts) >= MINIMUM) {
					shown.add(Set.copyOf(kept));
				}
				// An LEA's statewide figures leave out the administrations hiding it.
				for (var l = 0; l < leas; l++) {
					var column = new ArrayList<String>();
					var columnRespondents = 0L;
					for (var atom : atoms) {
						if (lea(atom).equals(String.valueOf(l))) {
							var plan = plans.get(administration(atom));
							if (!plan.hides(lea(atom))) {
								columnRespondents += respondents.get(atom);
								if (!item || !plan.hides(lea(atom), "ITEM")) {
									column.add(atom);
								}
							}
						}
					}
					if (columnRespondents >= MINIMUM && sum(column, counts) >= MINIMUM) {
						shown.add(Set.copyOf(column));
					}
				}
				assertNothingSmallDerivable(atoms, counts, shown, "case " + c + (item ? " (one item) " : " ") + counts);
			}
		}
	}

	/**
	 * Within one LEA: role groups, and each item by role group, as a report shows them.
	 */
	@Test
	void roleGroupsItemByItemNeverGiveAwayASmallGroup() {
		var random = new Random(7);
		for (var c = 0; c < CASES; c++) {
			var roles = new LinkedHashMap<String, Long>();
			var answered = new LinkedHashMap<String, Long>();
			var groups = 1 + random.nextInt(5);
			for (var g = 0; g < groups; g++) {
				var n = size(random);
				roles.put("R" + g, n);
				answered.put("R" + g, random.nextInt(3) == 0 ? n - random.nextInt((int) n + 1) : n);
			}
			var hiddenRoles = Suppression.hidden(roles, Set.of(), MINIMUM);
			var hiddenForItem = Suppression.hidden(answered, hiddenRoles, MINIMUM);
			assertThat(hiddenForItem).containsAll(hiddenRoles);
			var atoms = new ArrayList<>(roles.keySet());
			var shown = new ArrayList<Set<String>>();
			if (total(answered) >= MINIMUM) {
				shown.add(Set.copyOf(atoms));
			}
			atoms.stream().filter(g -> !hiddenForItem.contains(g)).forEach(g -> shown.add(Set.of(g)));
			assertNothingSmallDerivable(atoms, answered, shown, "case " + c + ": " + answered);
		}
	}

	/**
	 * Role groups of LEAs of administrations, as every report shows them: each LEA's
	 * report and each administration's (the network's too) by role group, the state's and
	 * each LEA's statewide figures by role group, with their totals, for the respondents
	 * and for one item. A wider report hides a group wherever a report it sums hides it.
	 */
	@Test
	void roleGroupsOfLeasAdministrationsAndTheStateNeverGiveAwayASmallGroup() {
		var random = new Random(1402);
		for (var c = 0; c < CASES; c++) {
			var administrations = 1 + random.nextInt(2);
			var leas = 1 + random.nextInt(administrations == 1 ? 3 : 2);
			var groups = 1 + random.nextInt(3);
			var respondents = new HashMap<String, Long>();
			var answered = new HashMap<String, Long>();
			var atoms = new ArrayList<String>();
			for (var a = 0; a < administrations; a++) {
				for (var l = 0; l < leas; l++) {
					if (a > 0 && random.nextInt(4) == 0) {
						continue;
					}
					for (var g = 0; g < groups; g++) {
						var n = size(random);
						var atom = a + "/" + l + "/" + g;
						respondents.put(atom, n);
						answered.put(atom, random.nextInt(3) == 0 ? n - random.nextInt((int) n + 1) : n);
						atoms.add(atom);
					}
				}
			}
			var model = new RoleModel(atoms, respondents, answered);
			for (var item : List.of(false, true)) {
				var counts = item ? answered : respondents;
				var shown = new ArrayList<Set<String>>();
				for (var a = 0; a < administrations; a++) {
					var plan = model.plan(a);
					for (var l = 0; l < leas; l++) {
						var cell = model.select(a, l, null);
						if (cell.isEmpty() || plan.hides(String.valueOf(l)) || sum(cell, respondents) < MINIMUM) {
							continue;
						}
						if (item && plan.hides(String.valueOf(l), "ITEM")) {
							continue; // the item's figures are hidden, total and groups
						}
						model.show(shown, cell, item, model.leaPart(a, l), counts);
					}
					var whole = model.select(a, null, null);
					if (sum(whole, respondents) >= MINIMUM) {
						model.show(shown, whole, item, model.administrationPart(a), counts);
					}
				}
				// The state: administrations (or the item) under the minimum left out.
				var kept = new ArrayList<String>();
				var parts = new ArrayList<Suppression.Part>();
				for (var a = 0; a < administrations; a++) {
					var ofA = model.select(a, null, null);
					var all = sum(ofA, respondents);
					if (all > 0 && all < MINIMUM) {
						continue;
					}
					parts.add(model.administrationPart(a));
					var n = sum(ofA, answered);
					if (!item || !(n > 0 && n < MINIMUM)) {
						kept.addAll(ofA);
					}
				}
				model.showWide(shown, kept, item, parts, counts);
				// An LEA's statewide figures: the administrations hiding it left out.
				for (var l = 0; l < leas; l++) {
					var column = new ArrayList<String>();
					var leaParts = new ArrayList<Suppression.Part>();
					for (var a = 0; a < administrations; a++) {
						var plan = model.plan(a);
						var lea = String.valueOf(l);
						if (model.select(a, l, null).isEmpty() || plan.hides(lea)) {
							continue;
						}
						leaParts.add(model.leaPart(a, l));
						if (!item || !plan.hides(lea, "ITEM")) {
							column.addAll(model.select(a, l, null));
						}
					}
					model.showWide(shown, column, item, leaParts, counts);
				}
				assertNothingSmallDerivable(atoms, counts, shown,
						"case " + c + (item ? " (one item) " : " ") + new java.util.TreeMap<>(counts));
			}
		}
	}

	/** Atoms "administration/LEA/group" and what each report hides of them. */
	record RoleModel(List<String> atoms, Map<String, Long> respondents, Map<String, Long> answered) {

		List<String> select(int administration, Integer lea, String group) {
			return atoms.stream().filter(atom -> {
				var parts = atom.split("/");
				return parts[0].equals(String.valueOf(administration))
						&& (lea == null || parts[1].equals(String.valueOf(lea)))
						&& (group == null || parts[2].equals(group));
			}).toList();
		}

		Suppression.Plan plan(int administration) {
			var r = new LinkedHashMap<String, Long>();
			var i = new HashMap<String, Long>();
			for (var atom : select(administration, null, null)) {
				var lea = atom.split("/")[1];
				r.merge(lea, respondents.get(atom), Long::sum);
				i.merge(lea, answered.get(atom), Long::sum);
			}
			return Suppression.plan(r, Map.of("ITEM", i), MINIMUM);
		}

		/**
		 * Respondents and answers per group of some atoms (groups with none left out).
		 */
		Map<String, Long> perGroup(List<String> cell, Map<String, Long> counts) {
			var perGroup = new java.util.TreeMap<String, Long>();
			cell.forEach(atom -> perGroup.merge(atom.split("/")[2], counts.get(atom), Long::sum));
			perGroup.values().removeIf(n -> n == 0);
			return perGroup;
		}

		/** As SuppressionPlans reads an LEA's report of one administration. */
		Suppression.Part leaPart(int administration, int lea) {
			var cell = select(administration, lea, null);
			var r = perGroup(cell, respondents);
			var i = Map.of("ITEM", perGroup(cell, answered));
			var plan = plan(administration);
			if (plan.hides(String.valueOf(lea)) || total(r) < MINIMUM) {
				return Suppression.Part.hiddenEntirely(r, i);
			}
			return new Suppression.Part(r, i, Suppression.groups(r, i, Set.of(),
					plan.hides(String.valueOf(lea), "ITEM") ? Map.of("ITEM", r.keySet()) : Map.of(), MINIMUM));
		}

		/** As SuppressionPlans reads the whole administration's report. */
		Suppression.Part administrationPart(int administration) {
			var cell = select(administration, null, null);
			var r = perGroup(cell, respondents);
			var i = Map.of("ITEM", perGroup(cell, answered));
			if (total(r) < MINIMUM) {
				return Suppression.Part.hiddenEntirely(r, i);
			}
			var parts = new ArrayList<Suppression.Part>();
			cell.stream()
				.map(atom -> atom.split("/")[1])
				.distinct()
				.forEach(lea -> parts.add(leaPart(administration, Integer.parseInt(lea))));
			var forced = Suppression.forced(parts);
			return new Suppression.Part(r, i, Suppression.groups(r, i, forced.groups(), forced.byItem(), MINIMUM));
		}

		/**
		 * A report over {@code cell}: its total, and its groups that {@code part} shows.
		 */
		void show(List<Set<String>> shown, List<String> cell, boolean item, Suppression.Part part,
				Map<String, Long> counts) {
			if (sum(cell, counts) >= MINIMUM) {
				shown.add(Set.copyOf(cell));
			}
			var hidden = item ? part.hidden().of("ITEM") : part.hidden().groups();
			cell.stream().map(atom -> atom.split("/")[2]).distinct().filter(g -> !hidden.contains(g)).forEach(g -> {
				var group = cell.stream().filter(atom -> atom.endsWith("/" + g)).toList();
				if (sum(group, counts) >= MINIMUM) {
					shown.add(Set.copyOf(group));
				}
			});
		}

		/** A report summing others ({@code parts}), as SurveyReports builds it. */
		void showWide(List<Set<String>> shown, List<String> cell, boolean item, List<Suppression.Part> parts,
				Map<String, Long> counts) {
			if (sum(cell, respondents) < MINIMUM) {
				return;
			}
			var r = perGroup(cell, respondents);
			var forced = Suppression.forced(parts);
			var hidden = Suppression.groups(r, Map.of("ITEM", perGroup(cell, answered)), forced.groups(),
					forced.byItem(), MINIMUM);
			show(shown, cell, item, new Suppression.Part(r, Map.of(), hidden), counts);
		}

	}

	/** Mostly small groups, where hiding matters, and some large ones. */
	private static long size(Random random) {
		return random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(9);
	}

	private static String lea(String atom) {
		return atom.substring(atom.indexOf('/') + 1);
	}

	private static int administration(String atom) {
		return Integer.parseInt(atom.substring(0, atom.indexOf('/')));
	}

	private static List<String> of(List<String> atoms, int administration) {
		return atoms.stream().filter(atom -> atom.startsWith(administration + "/")).toList();
	}

	private static long sum(List<String> atoms, Map<String, Long> counts) {
		return atoms.stream().mapToLong(counts::get).sum();
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Every set of atoms counting more than none and fewer than the minimum must lie
	 * outside the span of the shown figures (arithmetic modulo a prime far above any
	 * minor of these small 0/1 matrices, so ranks are exact).
	 */
	private static void assertNothingSmallDerivable(List<String> atoms, Map<String, Long> counts,
			List<Set<String>> shown, String description) {
		var basis = new Basis(atoms.size());
		for (var figure : shown) {
			var vector = new long[atoms.size()];
			for (var i = 0; i < atoms.size(); i++) {
				vector[i] = figure.contains(atoms.get(i)) ? 1 : 0;
			}
			basis.add(vector);
		}
		for (var subset = 1; subset < 1 << atoms.size(); subset++) {
			var n = 0L;
			var vector = new long[atoms.size()];
			for (var i = 0; i < atoms.size(); i++) {
				if ((subset & 1 << i) != 0) {
					n += counts.get(atoms.get(i));
					vector[i] = 1;
				}
			}
			if (n > 0 && n < MINIMUM) {
				var group = new ArrayList<String>();
				for (var i = 0; i < atoms.size(); i++) {
					if (vector[i] == 1) {
						group.add(atoms.get(i));
					}
				}
				assertThat(basis.spans(vector)).as("%s: %s (%d respondents) can be worked out", description, group, n)
					.isFalse();
			}
		}
	}

	/** Row-reduced vectors modulo a prime. */
	static final class Basis {

		static final long P = 1_000_000_007L;

		private final List<long[]> rows = new ArrayList<>();

		private final List<Integer> pivots = new ArrayList<>();

		private final int size;

		Basis(int size) {
			this.size = size;
		}

		void add(long[] vector) {
			var v = reduce(vector);
			for (var i = 0; i < size; i++) {
				if (v[i] != 0) {
					var inverse = power(v[i], P - 2);
					for (var j = 0; j < size; j++) {
						v[j] = v[j] * inverse % P;
					}
					rows.add(v);
					pivots.add(i);
					return;
				}
			}
		}

		boolean spans(long[] vector) {
			for (var x : reduce(vector)) {
				if (x != 0) {
					return false;
				}
			}
			return true;
		}

		private long[] reduce(long[] vector) {
			var v = vector.clone();
			for (var r = 0; r < rows.size(); r++) {
				var pivot = pivots.get(r);
				var factor = v[pivot];
				if (factor != 0) {
					var row = rows.get(r);
					for (var j = 0; j < size; j++) {
						v[j] = ((v[j] - factor * row[j]) % P + P) % P;
					}
				}
			}
			return v;
		}

		private static long power(long base, long exponent) {
			var result = 1L;
			base %= P;
			while (exponent > 0) {
				if ((exponent & 1) == 1) {
					result = result * base % P;
				}
				base = base * base % P;
				exponent >>= 1;
			}
			return result;
		}

	}

}
