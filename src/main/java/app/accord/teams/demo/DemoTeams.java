package app.accord.teams.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.accord.accounts.People;
import app.accord.directory.Directory;
import app.accord.shared.DemoData;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.assessment.Assessment;
import app.accord.teams.assessment.AssessmentRepository;
import app.accord.teams.assessment.Practice;
import app.accord.teams.assessment.Stage;
import app.accord.teams.meetings.Meeting;
import app.accord.teams.meetings.MeetingDetails;
import app.accord.teams.meetings.MeetingRepository;
import app.accord.teams.meetings.MeetingTopic;
import app.accord.teams.team.MemberDetails;
import app.accord.teams.team.MembershipRepository;
import app.accord.teams.team.Team;
import app.accord.teams.team.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sample teams in Monterey County for the {@code demo} profile, with members, meetings
 * and self-assessments dated relative to today. People are fictional, emails at
 * example.org; the Alisal co-leads are the accounts module's demo people, so one can sign
 * in as them. The Monterey County network's districts also get their learning-team
 * meetings and a self-assessment of 2018-20. An LEA that already has a team is left
 * alone, so running it again changes nothing. The demo events register these teams, so
 * they come in an earlier stage.
 */
@Component
@Profile("demo")
class DemoTeams extends DemoData.InTransactions {

	private static final Logger log = LoggerFactory.getLogger(DemoTeams.class);

	record DemoMember(String name, String email, String title, MemberRole role, Side side, String organization,
			boolean coLead) {
	}

	record DemoTeam(String cdsCode, String name, List<DemoMember> members, List<Integer> meetingsDaysAgo,
			List<List<Stage>> assessments) {
	}

	static final List<DemoTeam> TEAMS = List.of(
			new DemoTeam("27659610000000", "Alisal Labor Management Accord (ALMA)", List.of(
					new DemoMember("Hector Villanueva", "superintendent@alisal.example.org", "Superintendent",
							MemberRole.SUPERINTENDENT, Side.MANAGEMENT, "Alisal Union School District", true),
					new DemoMember("Maria Estrada", "president@alisal-teachers.example.org", "President",
							MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR, "Alisal Teachers Association", true),
					new DemoMember("Rosa Medina", "rmedina@alisal-csea.example.org", "Chapter president",
							MemberRole.CLASSIFIED_UNION_PRESIDENT, Side.LABOR, "CSEA Chapter 212", false),
					new DemoMember("Guillermo Ortiz", "gortiz@alisal-board.example.org", "Board president",
							MemberRole.BOARD_MEMBER, Side.MANAGEMENT, null, false),
					new DemoMember("Alice Nguyen", "anguyen@alisal.example.org", "Assistant superintendent, HR",
							MemberRole.ASSISTANT_SUPERINTENDENT_HR, Side.MANAGEMENT, null, false),
					new DemoMember("Jorge Salas", "jsalas@alisal-teachers.example.org", "Site representative",
							MemberRole.SITE_REPRESENTATIVE, Side.LABOR, "Alisal Teachers Association", false)),
					List.of(12, 40, 75, 130), List.of(stages(1, 1, 2, 0, 1, 1, 1), stages(2, 2, 3, 1, 2, 2, 2))),
			new DemoTeam("27102720000000", "MCOE Labor Management Team", List.of(
					new DemoMember("Diane Whitaker", "dwhitaker@monterey-coe.example.org", "County superintendent",
							MemberRole.SUPERINTENDENT, Side.MANAGEMENT, "Monterey County Office of Education", true),
					new DemoMember("Ken Albright", "kalbright@mcoe-educators.example.org", "President",
							MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR, "MCOE Educators Association", true),
					new DemoMember("Lupe Castillo", "lcastillo@mcoe-csea.example.org", "President",
							MemberRole.CLASSIFIED_UNION_PRESIDENT, Side.LABOR, "CSEA Chapter 408", false),
					new DemoMember("Ray Tanaka", "rtanaka@mcoe-board.example.org", "Trustee", MemberRole.BOARD_MEMBER,
							Side.MANAGEMENT, null, false)),
					List.of(5, 33, 61, 92), List.of(stages(2, 2, 2, 1, 1, 2, 3))),
			new DemoTeam("27661420000000", null,
					List.of(new DemoMember("Paula Greene", "pgreene@salinas-city.example.org", "Superintendent",
							MemberRole.SUPERINTENDENT, Side.MANAGEMENT, "Salinas City Elementary School District",
							true),
							new DemoMember("Oscar Reyes", "oreyes@scefa.example.org", "President",
									MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR,
									"Salinas City Elementary Teachers", false),
							new DemoMember("Nadia Haddad", null, "Principal", MemberRole.PRINCIPAL, Side.MANAGEMENT,
									null, false)),
					List.of(120), List.of()),
			new DemoTeam("27754730000000", "Gonzales Unified Labor Management Partnership", List.of(
					new DemoMember("Samuel Ito", "sito@gonzales.example.org", "Superintendent",
							MemberRole.SUPERINTENDENT, Side.MANAGEMENT, "Gonzales Unified School District", true),
					new DemoMember("Teresa Luna", "tluna@gonzales-teachers.example.org", "President",
							MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR, "Gonzales Teachers Association", true),
					new DemoMember("Eddie Morales", "emorales@gonzales-csea.example.org", "President",
							MemberRole.CLASSIFIED_UNION_PRESIDENT, Side.LABOR, "CSEA Chapter 699", false),
					new DemoMember("Irene Park", "ipark@gonzales-board.example.org", "Board member",
							MemberRole.BOARD_MEMBER, Side.MANAGEMENT, null, false)),
					List.of(20, 55), List.of(stages(1, 1, 1, 1, 0, 1, 0))));

	/**
	 * The other districts of the Monterey County regional network of 2018-20 (Greenfield
	 * Union Elementary is now Greenfield Unified; Santa Cruz City Schools are two LEAs).
	 * Their teams have the minimum roster; names are fictional.
	 */
	static final List<DemoTeam> NETWORK_TEAMS = List.of(
			minimumTeam("27660350000000", "greenfield", "Greenfield Union Elementary School District", "Carmen Ruiz",
					"Tom Baker", "Lidia Flores", "Victor Chen"),
			minimumTeam("27660840000000", "mission", "Mission Union Elementary School District", "Helen Ward",
					"Pedro Alvarez", "June Kim", "Frank Moreno"),
			minimumTeam("27660920000000", "mpusd", "Monterey Peninsula Unified School District", "Grace Holt",
					"Miguel Torres", "Anita Shah", "Paul Lindqvist"),
			minimumTeam("27661590000000", "suhsd", "Salinas Union High School District", "Rafael Dominguez",
					"Ellen Foster", "Julio Navarro", "Margaret Lee"),
			minimumTeam("27661910000000", "santarita", "Santa Rita Union School District", "Sofia Herrera",
					"Brian Walsh", "Yesenia Cruz", "David Okada"),
			minimumTeam("27738250000000", "nmcusd", "North Monterey County Unified School District", "Linda Pham",
					"Carlos Mendez", "Rita Gomez", "Steven Hart"),
			minimumTeam("27754400000000", "soledad", "Soledad Unified School District", "Arturo Vega", "Nancy Cole",
					"Beatriz Lopez", "Henry Sato"),
			minimumTeam("44697990000000", "pvusd", "Pajaro Valley Unified School District", "Michelle Rios",
					"Antonio Ibarra", "Karen Young", "Luis Barajas"),
			minimumTeam("44698150000000", "sccs-elementary", "Santa Cruz City Schools", "Laura Bennett", "Jim Ortega",
					"Susan Park", "Ramon Delgado"),
			minimumTeam("44698230000000", "sccs-high", "Santa Cruz City Schools", "Olivia Grant", "Mark Silva",
					"Ana Castro", "Robert Nakamura"));

	/**
	 * When the network's teams began: their members joined before the 2018-19 school
	 * year.
	 */
	static final LocalDate NETWORK_START = LocalDate.of(2018, 8, 1);

	/**
	 * Marks the notes of meetings and self-assessments: the teams' histories are made up
	 * for the demo.
	 */
	static final String SAMPLE = "Sample text: ";

	/**
	 * Learning-team meetings of the 2018-20 network years. Nine of the twelve members of
	 * December 2019 meet monthly, so the network dashboard reads 75% then; the two Santa
	 * Cruz teams met once that fall, Soledad only in spring 2019, and Mission Union (a
	 * member from January 2020) from February 2020.
	 */
	static List<LocalDate> networkHistory(String cdsCode) {
		return switch (cdsCode) {
			case "27659610000000", "27102720000000", "27754730000000", "27660350000000", "27660920000000",
					"27661420000000", "27661590000000", "27661910000000", "27738250000000", "44697990000000" ->
				monthly(LocalDate.of(2018, 9, 12), LocalDate.of(2020, 3, 12));
			case "44698150000000", "44698230000000" -> List.of(LocalDate.of(2019, 2, 20), LocalDate.of(2019, 10, 16));
			case "27754400000000" -> List.of(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 4, 18));
			case "27660840000000" -> List.of(LocalDate.of(2020, 2, 5), LocalDate.of(2020, 3, 4));
			default -> List.of();
		};
	}

	private static List<LocalDate> monthly(LocalDate from, LocalDate to) {
		var days = new ArrayList<LocalDate>();
		for (var day = from; !day.isAfter(to); day = day.plusMonths(1)) {
			days.add(day);
		}
		return days;
	}

	private static DemoTeam minimumTeam(String cdsCode, String domain, String district, String superintendent,
			String certificated, String classified, String board) {
		return new DemoTeam(cdsCode, null, List.of(
				new DemoMember(superintendent, "superintendent@" + domain + ".example.org", "Superintendent",
						MemberRole.SUPERINTENDENT, Side.MANAGEMENT, district, true),
				new DemoMember(certificated, "president@" + domain + "-teachers.example.org", "President",
						MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR, "Teachers association", true),
				new DemoMember(classified, null, "Chapter president", MemberRole.CLASSIFIED_UNION_PRESIDENT, Side.LABOR,
						"CSEA chapter", false),
				new DemoMember(board, null, "Board member", MemberRole.BOARD_MEMBER, Side.MANAGEMENT, null, false)),
				List.of(), List.of());
	}

	private final TeamRepository teams;

	private final MembershipRepository memberships;

	private final MeetingRepository meetings;

	private final AssessmentRepository assessments;

	private final Directory directory;

	private final People people;

	private final Clock clock;

	DemoTeams(TeamRepository teams, MembershipRepository memberships, MeetingRepository meetings,
			AssessmentRepository assessments, Directory directory, People people, Clock clock,
			PlatformTransactionManager transactionManager) {
		super(LEA_CONTENT, transactionManager);
		this.teams = teams;
		this.memberships = memberships;
		this.meetings = meetings;
		this.assessments = assessments;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void createSampleData() {
		for (var demo : TEAMS) {
			transactions.executeWithoutResult(status -> create(demo));
		}
		for (var demo : NETWORK_TEAMS) {
			transactions.executeWithoutResult(status -> create(demo));
		}
	}

	private void create(DemoTeam demo) {
		if (teams.findByActiveLeaCdsCode(demo.cdsCode()).isPresent()) {
			return;
		}
		var lea = directory.findLea(demo.cdsCode());
		if (lea.isEmpty()) {
			log.warn("Demo team for {} skipped: the LEA is not in the directory", demo.cdsCode());
			return;
		}
		var today = LocalDate.now(clock);
		var team = teams.save(new Team(lea.get(), demo.name(), clock.instant()));
		var recorder = 0L;
		for (var member : demo.members()) {
			var person = member.email() == null ? null : people.findOrCreate(member.email(), member.name());
			var membership = team.addMember(new MemberDetails(member.name(), member.email(), member.title(),
					member.role(), member.side(), member.organization()), person, NETWORK_START, today);
			if (member.coLead()) {
				membership.makeCoLead();
				recorder = person.value();
			}
			memberships.save(membership);
		}
		for (var daysAgo : demo.meetingsDaysAgo()) {
			meetings.save(new Meeting(team.getId(),
					new MeetingDetails(today.minusDays(daysAgo), 3, 3,
							Set.of(MeetingTopic.STUDENT_LEARNING, MeetingTopic.COMMUNICATION), null,
							SAMPLE + "agreed on meeting norms and a shared agenda.",
							SAMPLE + "draft a joint message to staff."),
					recorder, clock.instant(), today));
		}
		for (var heldOn : networkHistory(demo.cdsCode())) {
			meetings.save(new Meeting(team.getId(),
					new MeetingDetails(heldOn, 3, 3, Set.of(MeetingTopic.STUDENT_LEARNING, MeetingTopic.BUDGET), null,
							SAMPLE + "reviewed the network convening and planned next steps.", null),
					recorder, clock.instant(), today));
		}
		if (!networkHistory(demo.cdsCode()).isEmpty()) {
			var seed = Math.abs(demo.cdsCode().hashCode());
			var ratings = new ArrayList<Assessment.Rating>();
			for (var practice : Practice.values()) {
				ratings.add(new Assessment.Rating(practice, Stage.values()[1 + (seed + practice.ordinal()) % 3],
						SAMPLE + "rated together at the fall 2019 network convening."));
			}
			assessments.save(
					new Assessment(team.getId(), LocalDate.of(2019, 10, 1), ratings, recorder, clock.instant(), today));
		}
		var count = demo.assessments().size();
		for (var i = 0; i < count; i++) {
			var ratings = new ArrayList<Assessment.Rating>();
			var stages = demo.assessments().get(i);
			for (var practice : Practice.values()) {
				ratings.add(new Assessment.Rating(practice, stages.get(practice.ordinal()),
						SAMPLE + "discussed at the learning-team meeting."));
			}
			LocalDate assessedOn = today.minusMonths(6L * (count - 1 - i));
			assessments.save(new Assessment(team.getId(), assessedOn, ratings, recorder, clock.instant(), today));
		}
		log.info("Demo team created for {}", lea.get().name());
	}

	private static List<Stage> stages(int... levels) {
		return java.util.Arrays.stream(levels).mapToObj(level -> Stage.values()[level]).toList();
	}

}
