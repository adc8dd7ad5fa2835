package app.accord.surveys.responding;

import java.util.Map;

/**
 * What a respondent sends: the link or invitation token, raw answers by item code, the
 * site they picked, and a nonce that makes a retried submit store nothing twice.
 */
public record Submission(String token, Map<String, String> answers, String site, String nonce) {
}
