package app.accord.surveys.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores anonymous responses. A response row holds the administration, the LEA, the site
 * and group the respondent chose, and the date: nothing about who sent it, from where or
 * at what time. An invitation token is marked used in a table of its own that no response
 * points to.
 */
@Service
class Responses {

	private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	/** Where a token leads. */
	record Target(Administration administration, Instrument instrument, Administration.Lea lea, String invitationHash) {
	}

	enum Outcome {

		STORED, ALREADY_STORED

	}

	private final JdbcTemplate jdbc;

	private final Administrations administrations;

	private final Instruments instruments;

	private final SurveyClock clock;

	Responses(JdbcTemplate jdbc, Administrations administrations, Instruments instruments, SurveyClock clock) {
		this.jdbc = jdbc;
		this.administrations = administrations;
		this.instruments = instruments;
		this.clock = clock;
	}

	/**
	 * The administration, instrument and LEA behind an anonymous link or an invitation
	 * token; a forged or used token is refused the same way as an unknown one.
	 */
	@Transactional(readOnly = true)
	public Target resolve(String token) {
		if (!Tokens.wellFormed(token)) {
			throw new SurveyRuleViolation("token", "surveys.respond.tokenUnknown");
		}
		var link = administrations.byLinkToken(token);
		String invitationHash = null;
		if (link.isEmpty()) {
			var hash = Tokens.sha256(token);
			var invited = jdbc.query(
					"select administration_id, lea_cds_code from survey_invitation where token_hash = ?",
					(rs, n) -> new Administrations.LinkTarget(rs.getLong(1), rs.getString(2)), hash);
			if (invited.isEmpty()) {
				throw new SurveyRuleViolation("token", "surveys.respond.tokenUnknown");
			}
			if (tokenUsed(hash)) {
				throw new SurveyRuleViolation("token", "surveys.respond.tokenUsed");
			}
			link = invited.stream().findFirst();
			invitationHash = hash;
		}
		var administration = administrations.require(link.get().administrationId());
		var lea = administration.lea(link.get().cdsCode()).orElseThrow();
		return new Target(administration, instruments.require(administration.instrumentId()), lea, invitationHash);
	}

	private boolean tokenUsed(String hash) {
		return jdbc.queryForObject("select count(*) from survey_used_token where token_hash = ?", Integer.class,
				hash) > 0;
	}

	/**
	 * Checks every answer and stores the response whole or not at all.
	 * @throws InvalidAnswers listing each item whose answer is missing or invalid
	 * @throws SurveyRuleViolation for a bad token or an administration that is not open
	 */
	@Transactional
	public Outcome submit(Submission submission) {
		var target = resolve(submission.token());
		var today = clock.today();
		switch (target.administration().state(today)) {
			case NOT_YET_OPEN ->
				throw new SurveyRuleViolation("token", "surveys.respond.notYetOpen", target.administration().opensOn());
			case CLOSED -> throw new SurveyRuleViolation("token", "surveys.respond.closed");
			case OPEN -> {
			}
		}
		var answers = validate(target, submission);
		if (submission.nonce() != null && !submission.nonce().isBlank()) {
			if (!NONCE.matcher(submission.nonce()).matches()) {
				throw new SurveyRuleViolation("nonce", "surveys.respond.nonceInvalid");
			}
			try {
				jdbc.update("insert into survey_used_nonce (nonce, used_on) values (?, ?)", submission.nonce(), today);
			}
			catch (DuplicateKeyException ex) {
				return Outcome.ALREADY_STORED;
			}
		}
		if (target.invitationHash() != null) {
			try {
				jdbc.update("insert into survey_used_token (token_hash) values (?)", target.invitationHash());
			}
			catch (DuplicateKeyException ex) {
				throw new SurveyRuleViolation("token", "surveys.respond.tokenUsed");
			}
		}
		store(target, answers, today);
		return Outcome.STORED;
	}

	/** An answer ready to store: a Likert value, a choice or a text. */
	record Answer(String itemCode, Integer value, String choice, String text) {
	}

	record Checked(List<Answer> answers, String site, String group) {
	}

	Checked validate(Target target, Submission submission) {
		var errors = new LinkedHashMap<String, String>();
		var raw = submission.answers() == null ? Map.<String, String>of() : submission.answers();
		for (var code : raw.keySet()) {
			if (target.instrument().question(code).isEmpty()) {
				errors.put(code, "surveys.respond.itemUnknown");
			}
		}
		var answers = new ArrayList<Answer>();
		String group = null;
		for (var question : target.instrument().questions()) {
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
		return new Checked(answers, site, group);
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

	void store(Target target, Checked checked, java.time.LocalDate today) {
		var administrationId = target.administration().id();
		var lea = target.lea().cdsCode();
		var keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement(
					"insert into survey_response (administration_id, lea_cds_code, site_code, group_code, submitted_on) values (?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, administrationId);
			statement.setString(2, lea);
			statement.setString(3, checked.site());
			statement.setString(4, checked.group());
			statement.setObject(5, today);
			return statement;
		}, keys);
		var responseId = keys.getKey().longValue();
		jdbc.batchUpdate(
				"insert into survey_answer (response_id, administration_id, lea_cds_code, site_code, group_code, item_code, answer_value, choice_code, text_answer) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				checked.answers(), checked.answers().size(), (statement, answer) -> {
					statement.setLong(1, responseId);
					statement.setLong(2, administrationId);
					statement.setString(3, lea);
					statement.setString(4, checked.site());
					statement.setString(5, checked.group());
					statement.setString(6, answer.itemCode());
					if (answer.value() == null) {
						statement.setNull(7, java.sql.Types.INTEGER);
					}
					else {
						statement.setInt(7, answer.value());
					}
					statement.setString(8, answer.choice());
					statement.setString(9, answer.text());
				});
	}

}
