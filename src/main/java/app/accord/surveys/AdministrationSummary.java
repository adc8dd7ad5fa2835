package app.accord.surveys;

import java.time.LocalDate;

/** An administration as other modules see it: no answers, only how many came in. */
public record AdministrationSummary(long id, String title, LocalDate opensOn, LocalDate closesOn, long responses) {
}
