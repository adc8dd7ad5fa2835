package app.accord.surveys.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code accord.surveys.reporting-minimum}: the smallest group whose figures are shown
 * (default 5; the application does not start with less than 3).
 */
@Validated
@ConfigurationProperties("accord.surveys")
public record SurveySettings(@Min(3) @Max(100) Integer reportingMinimum) {

	public SurveySettings {
		if (reportingMinimum == null) {
			reportingMinimum = 5;
		}
	}

}
