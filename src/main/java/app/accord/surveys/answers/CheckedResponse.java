package app.accord.surveys.answers;

import java.util.List;

/** A response whose answers passed every check, with the site and group it counts in. */
public record CheckedResponse(List<Answer> answers, String site, String group) {
}
