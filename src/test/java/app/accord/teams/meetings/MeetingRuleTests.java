package app.accord.teams.meetings;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingRuleTests {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

	@Test
	void twoMeetingsInTheLastNinetyDaysCountAsMeetingRegularly() {
		var rule = MeetingRule.DEFAULT;
		assertThat(rule.isMetBy(List.of(TODAY.minusDays(10), TODAY.minusDays(50)), TODAY)).isTrue();
		assertThat(rule.isMetBy(List.of(TODAY.minusDays(10)), TODAY)).isFalse();
		assertThat(rule.isMetBy(List.of(), TODAY)).isFalse();
	}

	@Test
	void theWindowIncludesTodayAndEndsNinetyDaysBack() {
		var rule = MeetingRule.DEFAULT;
		assertThat(rule.isMetBy(List.of(TODAY, TODAY.minusDays(89)), TODAY)).isTrue();
		assertThat(rule.isMetBy(List.of(TODAY, TODAY.minusDays(90)), TODAY)).isFalse();
	}

	@Test
	void meetingsAfterTheDayAskedAboutDoNotCount() {
		assertThat(MeetingRule.DEFAULT.isMetBy(List.of(TODAY.minusDays(5), TODAY.plusDays(1)), TODAY)).isFalse();
	}

	@Test
	void staffCanMakeTheRuleStricter() {
		var monthly = new MeetingRule(3, 92);
		assertThat(monthly.isMetBy(List.of(TODAY.minusDays(1), TODAY.minusDays(30)), TODAY)).isFalse();
		assertThat(monthly.isMetBy(List.of(TODAY.minusDays(1), TODAY.minusDays(30), TODAY.minusDays(60)), TODAY))
			.isTrue();
	}

	@Test
	void aRuleWithoutMeetingsOrDaysIsRefused() {
		assertThatThrownBy(() -> new MeetingRule(0, 90)).extracting("field").isEqualTo("minMeetings");
		assertThatThrownBy(() -> new MeetingRule(2, 0)).extracting("field").isEqualTo("windowDays");
	}

}
