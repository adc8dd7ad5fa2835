package app.accord.library.demo;

import app.accord.library.casestudies.CaseStudy;
import app.accord.library.casestudies.CaseStudyDetails;
import app.accord.library.casestudies.CaseStudyRepository;
import app.accord.library.search.LibraryIndexer;
import app.accord.library.catalog.Resource;
import app.accord.library.catalog.ResourceDetails;
import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.ResourceRepository;
import app.accord.library.catalog.TopicRepository;
import app.accord.library.uploads.UploadRejected;
import app.accord.library.uploads.Uploads;
import app.accord.library.catalog.Visibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.accord.directory.Directory;
import app.accord.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A small library for the {@code demo} profile: a multi-page guidebook PDF and its
 * Spanish edition, research summaries, a template, newsletters, and the case studies of
 * Alhambra Unified, San Juan Unified, Pomona Unified and the Alisal (ALMA) spotlight. The
 * resources' texts are written for the demo; the case studies say what the initiative's
 * own case studies say, and mark the rest as sample text. Nothing is added when the
 * guidebook is already there, so running it again changes nothing.
 */
@Component
@Profile("demo")
class DemoLibrary extends DemoData.InTransactions {

	private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

	static final String GUIDEBOOK = "Building a Culture of Collaboration Focused On Student Learning";

	private final ResourceRepository resources;

	private final TopicRepository topics;

	private final CaseStudyRepository caseStudies;

	private final Uploads uploads;

	private final LibraryIndexer indexer;

	private final Directory directory;

	private final Clock clock;

	DemoLibrary(ResourceRepository resources, TopicRepository topics, CaseStudyRepository caseStudies, Uploads uploads,
			LibraryIndexer indexer, Directory directory, Clock clock, PlatformTransactionManager transactionManager) {
		super(LEA_CONTENT, transactionManager);
		this.resources = resources;
		this.topics = topics;
		this.caseStudies = caseStudies;
		this.uploads = uploads;
		this.indexer = indexer;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void createSampleData() {
		transactions.executeWithoutResult(status -> {
			if (resources.catalogue().stream().anyMatch(r -> r.getTitle().equals(GUIDEBOOK))) {
				return;
			}
			try {
				create();
			}
			catch (IOException | UploadRejected ex) {
				throw new IllegalStateException("Demo library not created", ex);
			}
		});
	}

	private void create() throws IOException, UploadRejected {
		var guide = add(GUIDEBOOK,
				"The initiative's guidebook: why labor-management collaboration matters for students, the seven "
						+ "established practices, and how a district builds its learning team.",
				ResourceKind.GUIDEBOOK, ResourceLanguage.EN, LocalDate.of(2019, 8, 1), Visibility.PUBLIC,
				"Labor and management leaders", "CA LMI staff",
				Set.of("Trust", "Shared vision", "Decision-making", "Peer assistance and review"), "guidebook.pdf",
				DemoDocuments.pdf(GUIDEBOOK, guidebookSections()));
		var guia = add("Guía: construir una cultura de colaboración centrada en el aprendizaje",
				"Edición en español de la guía de la iniciativa: las siete prácticas establecidas y cómo un distrito "
						+ "forma su equipo de aprendizaje.",
				ResourceKind.GUIDEBOOK, ResourceLanguage.ES, LocalDate.of(2020, 1, 15), Visibility.PUBLIC,
				"Líderes sindicales y de la administración", "Personal de CA LMI",
				Set.of("Trust", "Shared vision", "Peer assistance and review"), "guia.pdf",
				DemoDocuments.pdf("Guía: construir una cultura de colaboración", guiaSections()));
		guide.linkTranslation(guia.getId());
		guia.linkTranslation(guide.getId());
		add("Research summary: collaboration and student achievement in high-poverty schools", SAMPLE
				+ "what studies of labor-management partnerships find: schools with stronger collaboration between "
				+ "teachers and administrators see better outcomes, most of all where poverty is high.",
				ResourceKind.RESEARCH, ResourceLanguage.EN, LocalDate.of(2018, 11, 1), Visibility.PUBLIC,
				"Researchers, board members", "Research partners", Set.of("Trust", "Communication"),
				"research-summary.pdf",
				DemoDocuments.pdf("Collaboration and student achievement", List.of(List.of("Summary",
						"Partnerships between unions and district leaders are associated with stronger teacher "
								+ "collaboration in schools, and teacher collaboration with higher student achievement.",
						"The association is strongest in high-poverty schools, where turnover is highest and "
								+ "trust between labor and management matters most."))));
		add("Research brief: peer assistance and review and teacher retention", SAMPLE
				+ "how Peer Assistance and Review programs support new and struggling teachers, and what districts "
				+ "report about retention.", ResourceKind.RESEARCH, ResourceLanguage.EN, LocalDate.of(2021, 3, 1),
				Visibility.MEMBERS, "Team co-leads", "Research partners",
				Set.of("Peer assistance and review", "Recruitment and retention"), "par-brief.pdf",
				DemoDocuments.pdf("Peer assistance and review", List.of(List.of("Findings",
						"In Peer Assistance and Review, consulting teachers released from the classroom mentor new "
								+ "teachers and those in need of support; a joint panel of union and management "
								+ "members reviews the results.",
						"Districts report higher retention of new teachers and evaluations both sides trust."))));
		add("Evaluación y asistencia entre pares: preguntas frecuentes",
				"Respuestas breves sobre la asistencia y evaluación entre pares para equipos que empiezan.",
				ResourceKind.TOOL, ResourceLanguage.ES, LocalDate.of(2021, 5, 10), Visibility.PUBLIC, "Equipos", null,
				Set.of("Peer assistance and review"), "preguntas.docx",
				DemoDocuments.docx("Evaluación y asistencia entre pares", List.of(
						"¿Qué es? Maestros consultores acompañan a maestros nuevos y a quienes necesitan apoyo.",
						"¿Quién decide? Un panel conjunto del sindicato y de la administración revisa las evaluaciones.",
						"¿Por qué importa? Mejora la retención de maestros y la confianza entre ambas partes.")));
		add("Learning team meeting agenda template",
				"A one-page agenda for monthly labor-management learning team meetings: check-in, data, decisions, "
						+ "next steps.",
				ResourceKind.TEMPLATE, ResourceLanguage.EN, LocalDate.of(2019, 9, 1), Visibility.PUBLIC,
				"Learning teams", null, Set.of("Communication", "Decision-making"), "agenda-template.docx",
				DemoDocuments.docx("Learning team meeting agenda",
						List.of("1. Check-in and guiding behaviors (10 min)", "2. Student data review (20 min)",
								"3. Interest-based problem solving on one issue (40 min)",
								"4. Decisions, owners and communication plan (15 min)")));
		add("Interest-based problem solving overview (video)",
				SAMPLE + "a short recorded introduction to interest-based problem solving for learning teams.",
				ResourceKind.VIDEO, ResourceLanguage.EN, LocalDate.of(2020, 6, 1), Visibility.PUBLIC, null, null,
				Set.of("Decision-making"), null, null);
		newsletter("CA LMI newsletter, fall 2019", LocalDate.of(2019, 10, 15),
				"Summer Institute highlights and the new Monterey County regional network.");
		newsletter("CA LMI newsletter, spring 2020", LocalDate.of(2020, 4, 20),
				"Keeping collaboration going while schools are closed: how teams meet online.");
		newsletter("CA LMI newsletter, winter 2021", LocalDate.of(2021, 1, 25),
				"Teams share how joint decisions shaped reopening plans.");
		caseStudies();
		log.info("Demo library created");
	}

	private void newsletter(String title, LocalDate date, String summary) throws IOException, UploadRejected {
		add(title, summary, ResourceKind.NEWSLETTER, ResourceLanguage.EN, date, Visibility.PUBLIC, "Everyone",
				"CA LMI staff", Set.of("Communication"), "newsletter.pdf",
				DemoDocuments.pdf(title, List.of(List.of("In this issue", summary))));
	}

	private Resource add(String title, String summary, ResourceKind kind, ResourceLanguage language,
			LocalDate published, Visibility visibility, String audience, String authors, Set<String> topicNames,
			String fileName, byte[] file) throws IOException, UploadRejected {
		var chosen = topics.findAllByOrderByNameEn()
			.stream()
			.filter(topic -> topicNames.contains(topic.getNameEn()))
			.collect(Collectors.toList());
		var link = file == null ? "https://example.org/videos/interest-based-problem-solving" : null;
		var resource = new Resource(new ResourceDetails(title, summary, kind, language, null, audience, authors,
				published, visibility, link, Set.of()), chosen, clock.instant());
		if (file != null) {
			resource.attach(uploads.accept(fileName, new ByteArrayInputStream(file)), clock.instant());
		}
		resources.save(resource);
		resources.flush();
		indexer.changedAfterCommit(resource.getId());
		return resource;
	}

	/**
	 * What the initiative's case studies say of Alhambra, San Juan and Pomona Unified,
	 * with their students at the time of the study; what they do not say here is marked
	 * as sample text. Labor-management partnership is not a substitute for collective
	 * bargaining, and the initiative does not get involved in negotiations, so nothing
	 * here presents the work as bargaining.
	 */
	private void caseStudies() {
		caseStudy("19757130000000", "Alhambra Unified: working with its unions after the 2008 recession", 18_000,
				"The 2008 recession strained relations between the district and its unions. The district chose to "
						+ "work with its unions through it rather than against them, and the partnership began there.",
				SAMPLE + "how the partnership translated into practice is told in the initiative's case study.",
				SAMPLE + "the case study's account of the partnership's impact belongs here.",
				SAMPLE + "the challenges and lessons the district and its unions describe belong here.", null, null);
		caseStudy("34674470000000", "San Juan Unified: the System of Professional Growth", 40_000,
				SAMPLE + "what led the teachers union and the administration to work together is told in the "
						+ "initiative's case study.",
				"The teachers union and the administration launched the System of Professional Growth together, "
						+ "replacing the district's teacher evaluation.",
				SAMPLE + "the case study's account of the System of Professional Growth's impact belongs here.",
				SAMPLE + "the challenges and lessons the union and the administration describe belong here.",
				"System of Professional Growth (replacing teacher evaluation)", null);
		caseStudy("19649070000000", "Pomona Unified: from contentious negotiations to collaboration", 25_000,
				"Pomona's collaboration grew after years of contentious negotiations between the district and its "
						+ "teachers.",
				"The collaboration accelerated in 2012 with a National Education Association grant, shared with two "
						+ "neighbouring districts.",
				SAMPLE + "the case study's account of the collaboration's impact belongs here.",
				SAMPLE + "the challenges and lessons the district and its teachers describe belong here.",
				"A National Education Association grant (2012), shared with two neighbouring districts", null);
		caseStudy("27659610000000", "Spotlight: Alisal Labor Management Accord (ALMA)", null,
				SAMPLE + "Alisal Union's leaders of the district, the teachers' association and the classified "
						+ "chapter formed ALMA; what led them to it would be told here.",
				SAMPLE + "how ALMA's learning team works would be told here.",
				SAMPLE + "ALMA's impact would be told here; the demo reports none.",
				SAMPLE + "ALMA's challenges and lessons would be told here.", null,
				"A learning team in the Monterey County network (2018-20)");
	}

	/** Marks text the initiative's documents do not give. */
	static final String SAMPLE = "Sample text: ";

	private void caseStudy(String cds, String title, Integer studentsAtTheTime, String whatLed, String practice,
			String impact, String challenges, String innovations, String outcomes) {
		var lea = directory.findLea(cds);
		if (lea.isEmpty()) {
			log.warn("Demo case study for {} skipped: the LEA is not in the directory", cds);
			return;
		}
		var caseStudy = caseStudies
			.saveAndFlush(new CaseStudy(
					new CaseStudyDetails(cds, title, studentsAtTheTime, whatLed, practice, impact, challenges,
							innovations, outcomes, LocalDate.of(2020, 2, 1), Visibility.PUBLIC),
					lea.get().name(), clock.instant()));
		indexer.caseStudyChangedAfterCommit(caseStudy.getId());
	}

	private static List<List<String>> guidebookSections() {
		var sections = new ArrayList<List<String>>();
		sections.add(List.of("Why collaboration matters",
				"Research finds that strong partnerships between unions and district leaders go together with "
						+ "stronger collaboration among teachers and administrators in schools, and that this "
						+ "collaboration is linked to student achievement, most of all in high-poverty schools.",
				"This guidebook is for superintendents, union presidents, board members and site leaders who want "
						+ "to build that collaboration in their district or county office."));
		var practices = List.of("Commit to collaborative problem-solving", "Establish guiding behaviors and principles",
				"Form a diverse team", "Develop a shared labor-management vision", "Clarify decision-making processes",
				"Improve communication between labor and management",
				"Build a structure for collaboration: LEA learning teams");
		for (var i = 0; i < practices.size(); i++) {
			sections.add(List.of("Practice " + (i + 1) + ": " + practices.get(i),
					"What it means: leaders of labor and management work on this practice together, and "
							+ "each side holds the other to what they agreed.",
					"Where to start: name one issue both sides care about, gather the data together, and agree "
							+ "how decisions about it will be made and communicated.",
					"Signs of progress: meetings happen on schedule, both sides speak for the team's decisions, "
							+ "and staff hear the same message from the union and the administration."));
		}
		sections.add(List.of("Peer Assistance and Review",
				"Peer Assistance and Review (PAR) is one of the innovations teams build once trust is in place: "
						+ "consulting teachers support new and struggling teachers, and a joint panel of labor "
						+ "and management reviews the results.",
				"Teams starting PAR agree first on its governance, funding and how consulting teachers are chosen."));
		sections.add(List.of("Next steps",
				"Register your team for a universal convening, join your regional network, and ask for "
						+ "individualized support when your team is ready."));
		return sections;
	}

	private static List<List<String>> guiaSections() {
		return List.of(List.of("Por qué importa la colaboración",
				"Las investigaciones muestran que las alianzas entre sindicatos y líderes del distrito se asocian con "
						+ "una mayor colaboración entre maestros y administradores, y con mejores resultados de "
						+ "los estudiantes, sobre todo en escuelas de alta pobreza."),
				List.of("Las siete prácticas establecidas",
						"Comprometerse a resolver problemas en colaboración; establecer comportamientos y principios "
								+ "guía; formar un equipo diverso; desarrollar una visión compartida; aclarar los "
								+ "procesos de toma de decisiones; mejorar la comunicación; crear equipos de "
								+ "aprendizaje."),
				List.of("Evaluación y asistencia entre pares",
						"Los maestros consultores apoyan a los maestros nuevos y un panel conjunto del sindicato y "
								+ "de la administración revisa las evaluaciones."));
	}

}
