package app.accord.teams;

import java.time.LocalDate;

/**
 * The stage a team gave itself on one practice in its latest self-assessment.
 *
 * @param practice the practice's constant, e.g. {@code SHARED_VISION}; its label is the
 * message {@code teams.practice.<practice>}
 * @param stage the stage's constant, e.g. {@code DEVELOPING}; its label is the message
 * {@code teams.stage.<stage>}
 * @param level 0 (not started) to 3 (established)
 */
public record PracticeStage(String practice, String stage, int level, LocalDate assessedOn) {
}
