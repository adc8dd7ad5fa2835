package app.accord.surveys.administrations;

import app.accord.surveys.rules.SurveyRuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;

/** Forms of the survey pages. */
final class SurveyForms {

	private SurveyForms() {
	}

	/**
	 * A new administration. LEAs are typed one per line: CDS code, head-count, then
	 * optional sites separated by semicolons; anything after # is a note. With a network,
	 * the lines can be filled in with its members.
	 */
	record AdministrationForm(@NotNull(message = "{surveys.administration.instrumentUnknown}") Long instrumentId,
			@NotBlank(message = "{surveys.administration.titleRequired}") @Size(max = 300,
					message = "{surveys.administration.titleRequired}") String title,
			@NotNull(message = "{surveys.administration.opensRequired}") @SensibleDate LocalDate opensOn,
			@NotNull(message = "{surveys.administration.closesRequired}") @SensibleDate LocalDate closesOn,
			Long networkId, @Size(max = 200_000, message = "{surveys.administration.leasRequired}") String leas) {

		static AdministrationForm empty() {
			return new AdministrationForm(null, "", null, null, null, "");
		}

		/** The same form with these LEA lines. */
		AdministrationForm withLeas(String lines) {
			return new AdministrationForm(instrumentId, title, opensOn, closesOn, networkId, lines);
		}

		/**
		 * The typed LEA lines as drafts.
		 * @throws SurveyRuleViolation naming the first line that cannot be read
		 */
		List<Administrations.LeaDraft> leaDrafts() {
			var drafts = new ArrayList<Administrations.LeaDraft>();
			var number = 0;
			for (var typed : (leas == null ? "" : leas).split("\\R")) {
				number++;
				// Anything after # is a note (the LEA's name when the lines were filled
				// in).
				var line = typed.contains("#") ? typed.substring(0, typed.indexOf('#')) : typed;
				if (line.isBlank()) {
					continue;
				}
				var parts = line.split(",", 3);
				if (parts.length < 2) {
					throw new SurveyRuleViolation("leas", "surveys.administration.lineInvalid", number);
				}
				Integer headcount;
				try {
					headcount = Integer.valueOf(parts[1].strip());
				}
				catch (NumberFormatException ex) {
					throw new SurveyRuleViolation("leas", "surveys.administration.lineInvalid", number);
				}
				var sites = parts.length < 3 || parts[2].isBlank() ? List.<String>of()
						: Arrays.stream(parts[2].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
				drafts.add(new Administrations.LeaDraft(parts[0].strip(), headcount, sites));
			}
			return drafts;
		}

	}

}
