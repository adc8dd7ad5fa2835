package app.accord.surveys.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTests {

	@Test
	void groupsAtOrAboveTheMinimumAreShown() {
		assertThat(Suppression.hidden(counts("A", 5, "B", 9, "C", 30), Set.of(), 5)).isEmpty();
	}

	@Test
	void aGroupUnderTheMinimumIsHiddenAndSoIsTheNextSmallestSoItCannotBeRecoveredFromTheTotal() {
		assertThat(Suppression.hidden(counts("A", 40, "B", 7, "C", 3, "D", 12), Set.of(), 5))
			.containsExactlyInAnyOrder("C", "B");
	}

	@Test
	void twoSmallGroupsHideEachOtherWithoutTouchingTheRest() {
		assertThat(Suppression.hidden(counts("A", 40, "B", 2, "C", 4, "D", 6), Set.of(), 5))
			.containsExactlyInAnyOrder("B", "C");
	}

	@Test
	void aGroupHiddenElsewhereCountsTowardsWhatIsHidden() {
		assertThat(Suppression.hidden(counts("A", 40, "B", 9, "C", 6, "D", 2), Set.of("C"), 5))
			.containsExactlyInAnyOrder("C", "D");
	}

	@Test
	void smallGroupsThatTogetherStayUnderTheMinimumHideTheNextSmallest() {
		assertThat(Suppression.hidden(counts("A", 40, "B", 2, "C", 2, "D", 6, "E", 9), Set.of(), 5))
			.containsExactlyInAnyOrder("B", "C", "D");
	}

	@Test
	void aSingleGroupUnderTheMinimumIsHidden() {
		assertThat(Suppression.hidden(counts("A", 4), Set.of(), 5)).containsExactly("A");
	}

	private static Map<String, Long> counts(Object... pairs) {
		var map = new LinkedHashMap<String, Long>();
		for (var i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
		}
		return map;
	}

}
