package app.accord.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.accord.ModuleClasses;
import app.accord.accounts.People;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import app.accord.networks.Networks;
import app.accord.outreach.Outbox;
import app.accord.shared.RuleViolation;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.reports.SurveyReports;
import app.accord.surveys.responding.Responses;
import app.accord.surveys.responding.Submission;
import app.accord.teams.Teams;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * The surveys module booted alone (with the shared module), the other modules' APIs
 * standing in: staff build an instrument from the item bank, field it to an LEA, staff
 * there answer through its link, and the report counts them, hiding groups too small to
 * stay anonymous.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
class SurveysModuleTests {

	static final String LEA = "99887760000777";

	@MockitoBean
	Directory directory;

	@MockitoBean
	Networks networks;

	@MockitoBean
	Teams teams;

	@MockitoBean
	People people;

	@MockitoBean
	Outbox outbox;

	@Autowired
	Instruments instruments;

	@Autowired
	Administrations administrations;

	@Autowired
	Responses responses;

	@Autowired
	SurveyReports reports;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("surveys", "shared");
	}

	@Test
	void anInstrumentIsFieldedAnsweredAndReported() {
		given(directory.findLea(anyString())).willReturn(Optional.empty());
		given(directory.findLea(LEA)).willReturn(Optional.of(new LeaSummary(LEA, "Module Test Unified",
				LeaType.values()[1], "Monterey", Region.CENTRAL_VALLEY, "Salinas", 1000, null)));
		var title = "Module test survey " + UUID.randomUUID();

		var instrumentId = SurveyTestData
			.asStaff(() -> instruments.create(new Instruments.InstrumentDraft(title, title + " (es)", "ROLE_GROUP",
					List.of(new Instruments.SectionDraft("Collaboration", "Colaboración",
							List.of(new Instruments.QuestionDraft("LMC_PROBLEM_SOLVING", true, null),
									new Instruments.QuestionDraft("LMC_INPUT_VOICE", false, null),
									new Instruments.QuestionDraft("ROLE_GROUP", false, null)))))));
		assertThat(instruments.require(instrumentId).sections()).hasSize(1);

		var today = LocalDate.now(clock);
		var id = SurveyTestData.asStaff(() -> administrations
			.create(new Administrations.AdministrationDraft(instrumentId, title, today.minusDays(1), today.plusDays(10),
					null, List.of(new Administrations.LeaDraft(LEA, 40, List.of())))));
		var links = administrations.links(id);
		assertThat(links).singleElement().satisfies(lea -> {
			assertThat(lea.cdsCode()).isEqualTo(LEA);
			assertThat(lea.name()).isEqualTo("Module Test Unified");
			assertThat(lea.headcount()).isEqualTo(40);
		});
		var link = links.get(0).linkToken();

		for (var i = 0; i < 12; i++) {
			responses.submit(new Submission(link, Map.of("LMC_PROBLEM_SOLVING", i < 9 ? "4" : "1", "LMC_INPUT_VOICE",
					"4", "ROLE_GROUP", i < 10 ? "CERTIFICATED" : "CLASSIFIED"), null, null));
		}
		assertThatThrownBy(() -> responses.submit(new Submission("not-a-link", Map.of(), null, null)))
			.isInstanceOfSatisfying(RuleViolation.class,
					ex -> assertThat(ex.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));

		var report = SurveyTestData.asStaff(() -> reports.administration(id, LEA, Breakdown.ROLE, Locale.ENGLISH));
		assertThat(report.responses()).isEqualTo(12);
		assertThat(report.headcount()).isEqualTo(40);
		assertThat(report.responseRatePercent()).isEqualTo(30);
		var solving = report.items()
			.stream()
			.filter(item -> item.code().equals("LMC_PROBLEM_SOLVING"))
			.findFirst()
			.orElseThrow();
		assertThat(solving.total().n()).isEqualTo(12);
		assertThat(solving.total().agreePercent()).isEqualTo(75);
		// Two classified staff would be recognisable: their group is hidden.
		assertThat(solving.groups()).anySatisfy(group -> assertThat(group.suppressed()).isTrue());
	}

}
