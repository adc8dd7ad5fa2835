package app.accord.teams;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a team stood on a day, as a network's dashboard shows it.
 *
 * @param composition the roster's composition on that day
 * @param meetingRegularly whether its meeting log met the configured rule on that day
 * @param lastMeeting its last learning-team meeting on or before that day, {@code null}
 * for none
 * @param stages the stages of its latest self-assessment made on or before that day (see
 * {@link Teams#latestPracticeStages})
 */
public record TeamStanding(Composition composition, boolean meetingRegularly, LocalDate lastMeeting,
		List<PracticeStage> stages) {
}
