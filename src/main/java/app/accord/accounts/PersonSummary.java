package app.accord.accounts;

/**
 * What other modules may know of a person.
 */
public record PersonSummary(PersonId id, String email, String displayName, String preferredLanguage) {
}
