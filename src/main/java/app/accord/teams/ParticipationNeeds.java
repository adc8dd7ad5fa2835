package app.accord.teams;

import app.accord.accounts.PersonId;

/**
 * What a team member told Accord for event registration; any field may be {@code null}.
 */
public record ParticipationNeeds(PersonId personId, String language, String accessibilityNeeds, String dietaryNeeds) {
}
