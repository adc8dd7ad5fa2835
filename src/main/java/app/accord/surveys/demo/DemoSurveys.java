package app.accord.surveys.demo;

import app.accord.shared.Secrets;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.answers.Answer;
import app.accord.surveys.answers.CheckedResponse;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.responding.Responses;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import app.accord.directory.Directory;
import app.accord.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * For the {@code demo} profile: an MCOE-like staff survey (February–April 2020) of the
 * starter instrument, 495 individual anonymous responses for a head-count of 717, so the
 * report computes N=495, 69% and the five items at 77%, 74%, 72%, 72% and 70% agreeing.
 * Nothing is stored as a figure. Runs once: an existing administration of that title is
 * left alone.
 */
@Component
@Profile("demo")
class DemoSurveys extends DemoData.InTransactions {

	/** The figures and comments are made up for the demo, and the title says so. */
	static final String TITLE = "MCOE staff survey, spring 2020 (sample data)";

	static final String MCOE = "27102720000000";

	static final int HEADCOUNT = 717;

	static final int RESPONSES = 495;

	/** Item code and how many of the 495 agree (strongly or not). */
	static final List<Object[]> AGREEING = List.of(new Object[] { "LMC_PROBLEM_SOLVING", 381 },
			new Object[] { "LMC_INPUT_VOICE", 366 }, new Object[] { "LMC_PROFESSIONALIZE", 356 },
			new Object[] { "LMC_EXPRESS_OPINIONS", 356 }, new Object[] { "LMC_SHAPE_PRIORITIES", 347 });

	private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);

	private static final List<String> COMMENTS = List.of(
			"Sample text: more time to meet as a learning team during the day.",
			"Sample text: share the notes of the labor-management meetings with all staff.",
			"Sample text: keep including classified staff in the planning.",
			"Texto de muestra: más tiempo para colaborar entre escuelas.",
			"Sample text: follow through on the decisions we make together.");

	private final JdbcTemplate jdbc;

	private final Directory directory;

	private final Responses responses;

	private final Administrations administrations;

	private final Instruments instruments;

	DemoSurveys(JdbcTemplate jdbc, Directory directory, Responses responses, Administrations administrations,
			Instruments instruments, PlatformTransactionManager transactionManager) {
		super(LEA_CONTENT, transactionManager);
		this.jdbc = jdbc;
		this.directory = directory;
		this.responses = responses;
		this.administrations = administrations;
		this.instruments = instruments;
	}

	@Override
	public void createSampleData() {
		transactions.executeWithoutResult(status -> create());
	}

	private void create() {
		if (jdbc.queryForObject("select count(*) from survey_administration where title = ?", Integer.class,
				TITLE) > 0) {
			return;
		}
		var lea = directory.findLea(MCOE);
		if (lea.isEmpty()) {
			log.warn("Demo survey skipped: MCOE ({}) is not in the directory", MCOE);
			return;
		}
		var instrumentId = jdbc.queryForObject("select min(id) from survey_instrument", Long.class);
		jdbc.update("""
				insert into survey_administration (instrument_id, title, opens_on, closes_on, closed_at, created_at)
				values (?, ?, ?, ?, current_timestamp, current_timestamp)""", instrumentId, TITLE,
				LocalDate.of(2020, 2, 3), LocalDate.of(2020, 4, 17));
		var id = jdbc.queryForObject("select id from survey_administration where title = ?", Long.class, TITLE);
		jdbc.update(
				"insert into survey_administration_lea (administration_id, lea_cds_code, lea_name, headcount, link_token) values (?, ?, ?, ?, ?)",
				id, MCOE, lea.get().name(), HEADCOUNT, Secrets.random());
		var administration = administrations.require(id);
		var target = new Responses.Target(administration, instruments.require(instrumentId),
				administration.lea(MCOE).orElseThrow(), null);
		var random = new Random(2020);
		var values = new ArrayList<List<Integer>>();
		for (var item : AGREEING) {
			values.add(values((Integer) item[1], random));
		}
		for (var r = 0; r < RESPONSES; r++) {
			var role = r < 250 ? "CERTIFICATED" : r < 440 ? "CLASSIFIED" : "ADMINISTRATOR";
			var answers = new ArrayList<Answer>();
			answers.add(new Answer("ROLE_GROUP", null, role, null));
			answers.add(new Answer("YEARS_IN_DISTRICT", null,
					List.of("UP_TO_2", "FROM_3_TO_10", "OVER_10").get(random.nextInt(3)), null));
			for (var i = 0; i < AGREEING.size(); i++) {
				answers.add(new Answer((String) AGREEING.get(i)[0], values.get(i).get(r), null, null));
			}
			if (r % 40 == 0) {
				answers.add(new Answer("LMC_COMMENTS", null, null, COMMENTS.get((r / 40) % COMMENTS.size())));
			}
			var day = LocalDate.of(2020, 2, 3).plusDays(random.nextInt(70));
			responses.store(target, new CheckedResponse(answers, null, role), day);
		}
		log.info("Demo survey: {} anonymous responses for {}", RESPONSES, lea.get().name());
	}

	/** 495 answers with exactly {@code agreeing} at 4 or 5, shuffled. */
	private static List<Integer> values(int agreeing, Random random) {
		var values = new ArrayList<Integer>();
		var strongly = agreeing * 2 / 5;
		for (var i = 0; i < RESPONSES; i++) {
			if (i < strongly) {
				values.add(5);
			}
			else if (i < agreeing) {
				values.add(4);
			}
			else {
				var rest = i - agreeing;
				values.add(rest % 5 < 2 ? 3 : rest % 5 < 4 ? 2 : 1);
			}
		}
		Collections.shuffle(values, random);
		return values;
	}

}
