package app.accord.surveys.demo;

import app.accord.surveys.SurveyTestData;
import app.accord.surveys.instruments.ItemKind;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.reports.Report;
import app.accord.surveys.reports.SurveyReports;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo survey is made of individual responses whose report reads N=495 of 717 (69%)
 * and 77/74/72/72/70% agreeing; a second run adds nothing. Runs in the shared context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoSurveysTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SurveyReports reports;

	@Test
	void theDemoSurveyReportIsComputedFromIndividualResponsesAndIsCreatedOnce() {
		var demo = context.getAutowireCapableBeanFactory().createBean(DemoSurveys.class);
		demo.createSampleData();
		demo.createSampleData();
		var ids = jdbc.queryForList("select id from survey_administration where title = ?", Long.class,
				DemoSurveys.TITLE);
		assertThat(ids).hasSize(1);
		var id = ids.get(0);
		assertThat(jdbc.queryForObject("select count(*) from survey_response where administration_id = ?",
				Integer.class, id))
			.isEqualTo(495);
		var report = SurveyTestData
			.asStaff(() -> reports.administration(id, DemoSurveys.MCOE, Breakdown.ROLE, Locale.ENGLISH));
		assertThat(report.responses()).isEqualTo(495);
		assertThat(report.headcount()).isEqualTo(717);
		assertThat(report.responseRatePercent()).isEqualTo(69);
		assertThat(report.items()
			.stream()
			.filter(item -> item.kind() == ItemKind.LIKERT)
			.map(item -> item.total().agreePercent())
			.toList()).containsExactly(77, 74, 72, 72, 70);
		assertThat(report.groups()).noneMatch(Report.Group::suppressed);
	}

}
