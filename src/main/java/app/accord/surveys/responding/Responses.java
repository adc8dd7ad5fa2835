package app.accord.surveys.responding;

import app.accord.shared.Secrets;
import app.accord.surveys.administrations.Administration;
import app.accord.surveys.administrations.AdministrationClosed;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.answers.Answer;
import app.accord.surveys.answers.CheckedResponse;
import app.accord.surveys.answers.PendingResponse;
import app.accord.surveys.answers.ResponseRows;
import app.accord.surveys.answers.SurveyCounts;
import app.accord.surveys.instruments.Instrument;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.instruments.Item;
import app.accord.surveys.rules.SurveyRuleViolation;
import java.time.Clock;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Stores anonymous responses. A response row holds the administration, the LEA, the site
 * and group the respondent chose, and the date: nothing about who sent it, from where or
 * at what time. An invitation token is marked used in a table of its own that no response
 * points to.
 */
@Service
public class Responses {

	private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	/** How long a node keeps where a link leads. */
	static final int KEEP_LINK_SECONDS = 30;

	private static final int KEEP_LINKS_AT_MOST = 10_000;

	/** Where a token leads. */
	public record Target(Administration administration, Instrument instrument, Administration.Lea lea,
			String invitationHash) {
	}

	private final JdbcTemplate jdbc;

	private final Instruments instruments;

	private final Clock clock;

	private final SurveyCounts counts;

	private final ResponseRows rows;

	private final SubmissionWriter writer;

	/** Instruments are never changed once created. */
	private final Map<Long, Instrument> instrumentCache = new ConcurrentHashMap<>();

	/** Where a link led, and since when (System.nanoTime). */
	private record Kept(Target target, long since) {
	}

	private final Map<String, Kept> links = new ConcurrentHashMap<>();

	Responses(JdbcTemplate jdbc, Instruments instruments, Clock clock, SurveyCounts counts, ResponseRows rows,
			SubmissionWriter writer) {
		this.rows = rows;
		this.writer = writer;
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.clock = clock;
		this.counts = counts;
	}

	/**
	 * The administration, instrument and LEA behind an anonymous link or an invitation
	 * token; a forged or used token is refused the same way as an unknown one. The
	 * administration carries only that LEA (a statewide one may have hundreds), and the
	 * whole lookup is one query. Instruments never change once created, and neither do an
	 * administration's window, LEAs and sites: only whether it is closed, which
	 * {@link SubmissionWriter} checks again for every group it writes. So where a link
	 * leads is kept for {@value #KEEP_LINK_SECONDS} seconds, and a stream of responses to
	 * one link costs no query before the write.
	 */
	public Target resolve(String token) {
		if (!Secrets.wellFormed(token)) {
			throw new SurveyRuleViolation("token", "surveys.respond.tokenUnknown");
		}
		var target = link(token);
		if (target != null) {
			return target;
		}
		var hash = Secrets.sha256(token);
		var invited = jdbc.query("select administration_id, lea_cds_code from survey_invitation where token_hash = ?",
				(rs, n) -> new Administrations.LinkTarget(rs.getLong(1), rs.getString(2)), hash);
		if (invited.isEmpty()) {
			throw new SurveyRuleViolation("token", "surveys.respond.tokenUnknown");
		}
		if (tokenUsed(hash)) {
			throw new SurveyRuleViolation("token", "surveys.respond.tokenUsed");
		}
		var lea = invited.get(0);
		target = target("l.administration_id = ? and l.lea_cds_code = ?", lea.administrationId(), lea.cdsCode());
		return new Target(target.administration(), target.instrument(), target.lea(), hash);
	}

	private Target link(String token) {
		var now = System.nanoTime();
		var kept = links.get(token);
		if (kept != null && now - kept.since() < TimeUnit.SECONDS.toNanos(KEEP_LINK_SECONDS)) {
			return kept.target();
		}
		var target = target("l.link_token = ?", token);
		if (target != null) {
			if (links.size() >= KEEP_LINKS_AT_MOST) {
				links.clear();
			}
			links.put(token, new Kept(target, now));
		}
		return target;
	}

	/** Forgets where the administration's links lead (it has been closed). */
	@EventListener
	void forget(AdministrationClosed closed) {
		links.values().removeIf(kept -> kept.target().administration().id() == closed.administrationId());
	}

	private Target target(String where, Object... args) {
		var rows = jdbc.query("""
				select a.id, a.instrument_id, a.title, a.opens_on, a.closes_on, a.closed_at,
				  l.lea_cds_code, l.lea_name, l.headcount, l.link_token, s.code, s.name, a.network_id
				from survey_administration_lea l
				join survey_administration a on a.id = l.administration_id
				left join survey_site s on s.administration_id = l.administration_id and s.lea_cds_code = l.lea_cds_code
				where %s order by s.code""".formatted(where),
				(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3),
						rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class),
						rs.getObject(6, java.time.OffsetDateTime.class), rs.getString(7), rs.getString(8), rs.getInt(9),
						rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, Long.class) },
				args);
		if (rows.isEmpty()) {
			return null;
		}
		var head = rows.get(0);
		var sites = new ArrayList<Administration.Site>();
		for (var row : rows) {
			if (row[10] != null) {
				sites.add(new Administration.Site((String) row[10], (String) row[11]));
			}
		}
		var lea = new Administration.Lea((String) head[6], (String) head[7], (Integer) head[8], (String) head[9],
				List.copyOf(sites));
		var administration = new Administration((Long) head[0], (Long) head[1], (String) head[2],
				(java.time.LocalDate) head[3], (java.time.LocalDate) head[4], (java.time.OffsetDateTime) head[5],
				(Long) head[12], List.of(lea));
		return new Target(administration, instrument(administration.instrumentId()), lea, null);
	}

	private Instrument instrument(long id) {
		var instrument = instrumentCache.get(id);
		if (instrument == null) {
			instrument = instruments.require(id);
			instrumentCache.put(id, instrument);
		}
		return instrument;
	}

	private boolean tokenUsed(String hash) {
		return jdbc.queryForObject("select count(*) from survey_used_token where token_hash = ?", Integer.class,
				hash) > 0;
	}

	/**
	 * Checks every answer and stores the response whole or not at all; the checks run in
	 * the caller's thread, the writing in a group with other submissions
	 * ({@link SubmissionWriter}).
	 * @throws InvalidAnswers listing each item whose answer is missing or invalid
	 * @throws SurveyRuleViolation for a bad token or an administration that is not open
	 */
	public Outcome submit(Submission submission) {
		var target = resolve(submission.token());
		var today = LocalDate.now(clock);
		switch (target.administration().state(today)) {
			case NOT_YET_OPEN ->
				throw new SurveyRuleViolation("token", "surveys.respond.notYetOpen", target.administration().opensOn());
			case CLOSED -> throw new SurveyRuleViolation("token", "surveys.respond.closed");
			case OPEN -> {
			}
		}
		var answers = validate(target, submission);
		String nonce = null;
		if (submission.nonce() != null && !submission.nonce().isBlank()) {
			if (!NONCE.matcher(submission.nonce()).matches()) {
				throw new SurveyRuleViolation("nonce", "surveys.respond.nonceInvalid");
			}
			nonce = submission.nonce();
		}
		return writer.write(new PendingResponse(target.administration().id(), target.lea().cdsCode(), answers), nonce,
				target.invitationHash(), today);
	}

	public CheckedResponse validate(Target target, Submission submission) {
		var errors = new LinkedHashMap<String, String>();
		var raw = submission.answers() == null ? Map.<String, String>of() : submission.answers();
		var questions = target.instrument().questions();
		var asked = new java.util.HashSet<String>();
		questions.forEach(question -> asked.add(question.item().code()));
		for (var code : raw.keySet()) {
			if (!asked.contains(code)) {
				errors.put(code, "surveys.respond.itemUnknown");
			}
		}
		var answers = new ArrayList<Answer>();
		String group = null;
		for (var question : questions) {
			var item = question.item();
			var value = raw.get(item.code());
			if (value == null || value.isBlank()) {
				if (question.required()) {
					errors.put(item.code(), "surveys.respond.required");
				}
				continue;
			}
			switch (item.kind()) {
				case LIKERT -> {
					var number = parse(value.strip());
					if (number == null || number > item.scalePoints() || number < 0
							|| (number == Item.NOT_APPLICABLE && !item.allowNa())) {
						errors.put(item.code(), "surveys.respond.outOfScale");
					}
					else {
						answers.add(new Answer(item.code(), number, null, null));
					}
				}
				case CHOICE -> {
					if (item.choice(value.strip()).isEmpty()) {
						errors.put(item.code(), "surveys.respond.choiceUnknown");
					}
					else {
						answers.add(new Answer(item.code(), null, value.strip(), null));
						if (item.code().equals(target.instrument().groupItemCode())) {
							group = value.strip();
						}
					}
				}
				case TEXT -> {
					if (value.length() > Item.MAX_TEXT) {
						errors.put(item.code(), "surveys.respond.textTooLong");
					}
					else {
						answers.add(new Answer(item.code(), null, null, value.strip()));
					}
				}
			}
		}
		String site = null;
		if (submission.site() != null && !submission.site().isBlank()) {
			site = submission.site().strip();
			var known = site;
			if (target.lea().sites().stream().noneMatch(s -> s.code().equals(known))) {
				errors.put("site", "surveys.respond.siteUnknown");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidAnswers(errors);
		}
		return new CheckedResponse(answers, site, group);
	}

	private static Integer parse(String value) {
		if ("NA".equalsIgnoreCase(value)) {
			return Item.NOT_APPLICABLE;
		}
		try {
			return value.length() > 3 ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Stores one checked response and adds it to the report counts. */
	public void store(Target target, CheckedResponse checked, java.time.LocalDate today) {
		var tally = new SurveyCounts.Tally();
		rows.storeAll(List.of(new PendingResponse(target.administration().id(), target.lea().cdsCode(), checked)),
				today, tally);
		counts.add(tally);
	}

}
