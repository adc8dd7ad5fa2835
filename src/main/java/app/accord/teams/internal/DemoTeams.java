package app.accord.teams.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.accord.accounts.People;
import app.accord.directory.Directory;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sample teams in Monterey County for the {@code demo} profile, with members, meetings
 * and self-assessments dated relative to today. People are fictional, emails at
 * example.org; the Alisal co-leads are the accounts module's demo people, so one can sign
 * in as them. An LEA that already has a team is left alone, so running it again changes
 * nothing. It runs once the application is ready, after the directory has loaded its LEAs
 * (an ApplicationRunner would run before that on a first start).
 */
@Component
@Profile("demo")
class DemoTeams {

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

	private final TeamRepository teams;

	private final MembershipRepository memberships;

	private final MeetingRepository meetings;

	private final AssessmentRepository assessments;

	private final Directory directory;

	private final People people;

	private final TeamClock clock;

	private final TransactionTemplate transactions;

	DemoTeams(TeamRepository teams, MembershipRepository memberships, MeetingRepository meetings,
			AssessmentRepository assessments, Directory directory, People people, TeamClock clock,
			PlatformTransactionManager transactionManager) {
		this.teams = teams;
		this.memberships = memberships;
		this.meetings = meetings;
		this.assessments = assessments;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void createSampleTeams() {
		for (var demo : TEAMS) {
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
		var today = clock.today();
		var team = teams.save(new Team(lea.get(), demo.name(), clock.now()));
		var recorder = 0L;
		for (var member : demo.members()) {
			var person = member.email() == null ? null : people.findOrCreate(member.email(), member.name());
			var membership = team.addMember(new MemberDetails(member.name(), member.email(), member.title(),
					member.role(), member.side(), member.organization()), person, today.minusYears(1), today);
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
							"Agreed on meeting norms and a shared agenda.", "Draft a joint message to staff."),
					recorder, clock.now(), today));
		}
		var count = demo.assessments().size();
		for (var i = 0; i < count; i++) {
			var ratings = new ArrayList<Assessment.Rating>();
			var stages = demo.assessments().get(i);
			for (var practice : Practice.values()) {
				ratings.add(new Assessment.Rating(practice, stages.get(practice.ordinal()),
						"Discussed at the learning-team meeting."));
			}
			LocalDate assessedOn = today.minusMonths(6L * (count - 1 - i));
			assessments.save(new Assessment(team.getId(), assessedOn, ratings, recorder, clock.now(), today));
		}
		log.info("Demo team created for {}", lea.get().name());
	}

	private static List<Stage> stages(int... levels) {
		return java.util.Arrays.stream(levels).mapToObj(level -> Stage.values()[level]).toList();
	}

}
