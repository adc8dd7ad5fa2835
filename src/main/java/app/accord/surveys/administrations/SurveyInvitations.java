package app.accord.surveys.administrations;

import app.accord.shared.Secrets;
import app.accord.surveys.rules.SurveyRuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import app.accord.outreach.OutgoingMail;
import app.accord.outreach.Outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Single-use invitations emailed to an LEA's staff list. Only a hash of each token is
 * kept; a used token is marked in its own table, so reminders reach only those who have
 * not answered while no answer can be traced to a token or an address. A reminder issues
 * a fresh token (the first one cannot be re-sent, it was never stored). Closing the
 * administration deletes the list.
 */
@Service
class SurveyInvitations {

	static final int MAX_EMAILS = 20_000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]{1,64}@[A-Za-z0-9.-]{1,250}\\.[A-Za-z]{2,}");

	record Counts(long invited, long answered) {
	}

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Administrations administrations;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	SurveyInvitations(JdbcTemplate jdbc, Administrations administrations, ApplicationEventPublisher events,
			Outbox outbox, MessageSource messages, Clock clock, @Value("${accord.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.events = events;
		this.administrations = administrations;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Invites every address of the list (one per line, or separated by commas or
	 * semicolons) not invited yet; the mail is stored in this transaction.
	 * @return how many were invited now
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional
	public int invite(long administrationId, String lea, String list, Locale locale) {
		var administration = administrations.require(administrationId);
		if (administration.state(LocalDate.now(clock)) == Administration.State.CLOSED) {
			throw new SurveyRuleViolation("emails", "surveys.invitations.closed");
		}
		if (administration.lea(lea).isEmpty()) {
			throw new SurveyRuleViolation("lea", "surveys.report.leaNotInAdministration", lea);
		}
		var emails = new LinkedHashSet<String>();
		var line = 0;
		for (var entry : (list == null ? "" : list).split("[\\r\\n,;]+")) {
			line++;
			var email = entry.strip().toLowerCase(Locale.ROOT);
			if (email.isEmpty()) {
				continue;
			}
			if (!EMAIL.matcher(email).matches()) {
				throw new SurveyRuleViolation("emails", "surveys.invitations.emailInvalid", entry.strip());
			}
			emails.add(email);
		}
		if (emails.isEmpty() || emails.size() > MAX_EMAILS) {
			throw new SurveyRuleViolation("emails", "surveys.invitations.listRequired", MAX_EMAILS);
		}
		var title = administration.title();
		var invited = 0;
		for (var email : emails) {
			var exists = jdbc.queryForObject(
					"select count(*) from survey_invitation where administration_id = ? and email = ?", Integer.class,
					administrationId, email);
			if (exists > 0) {
				continue;
			}
			var token = Secrets.random();
			jdbc.update(
					"insert into survey_invitation (administration_id, lea_cds_code, email, token_hash) values (?, ?, ?, ?)",
					administrationId, lea, email, Secrets.sha256(token));
			send(email, "surveys.invitations.subject", "surveys.invitations.body", title, token, administration,
					locale);
			invited++;
		}
		return invited;
	}

	/**
	 * Reminds those whose token has not been used, each with a new token.
	 * @return how many were reminded
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional
	public int remind(long administrationId, Locale locale) {
		var administration = administrations.require(administrationId);
		if (administration.state(LocalDate.now(clock)) != Administration.State.OPEN) {
			throw new SurveyRuleViolation("emails", "surveys.invitations.notOpen");
		}
		var pending = jdbc.query("""
				select id, email from survey_invitation i where administration_id = ?
				and not exists (select 1 from survey_used_token u where u.token_hash = i.token_hash)""",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }, administrationId);
		for (var row : pending) {
			var token = Secrets.random();
			jdbc.update("update survey_invitation set token_hash = ?, reminded_at = ? where id = ?",
					Secrets.sha256(token), clock.instant().atOffset(ZoneOffset.UTC), row[0]);
			send((String) row[1], "surveys.reminders.subject", "surveys.reminders.body", administration.title(), token,
					administration, locale);
		}
		return pending.size();
	}

	/** Closes the administration now and deletes its invitation list. */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional
	public void close(long administrationId) {
		administrations.require(administrationId);
		jdbc.update("update survey_administration set closed_at = ? where id = ? and closed_at is null",
				clock.instant().atOffset(ZoneOffset.UTC), administrationId);
		purge(administrationId);
		// The form this node shows for the links says "closed" from now on (other nodes'
		// within seconds; none of them stores a response any more).
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				events.publishEvent(new AdministrationClosed(administrationId));
			}
		});
	}

	/** Deletes the lists of administrations whose window has passed (hourly). */
	@Scheduled(fixedDelayString = "${accord.surveys.purge-interval:1h}", initialDelayString = "1m")
	@Transactional
	public int purgeEnded() {
		var ended = jdbc.queryForList(
				"select distinct administration_id from survey_invitation i join survey_administration a on a.id = i.administration_id "
						+ "where a.closed_at is not null or a.closes_on < ?",
				Long.class, LocalDate.now(clock));
		ended.forEach(this::purge);
		return ended.size();
	}

	private void purge(long administrationId) {
		jdbc.update("""
				delete from survey_used_token where token_hash in
				(select token_hash from survey_invitation where administration_id = ?)""", administrationId);
		jdbc.update("delete from survey_invitation where administration_id = ?", administrationId);
	}

	@Transactional(readOnly = true)
	public Map<String, Counts> countsPerLea(long administrationId) {
		var counts = new LinkedHashMap<String, Counts>();
		jdbc.query(
				"""
						select lea_cds_code, count(*),
						  sum(case when exists (select 1 from survey_used_token u where u.token_hash = i.token_hash) then 1 else 0 end)
						from survey_invitation i where administration_id = ? group by lea_cds_code""",
				rs -> {
					counts.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3)));
				}, administrationId);
		return counts;
	}

	private void send(String email, String subjectKey, String bodyKey, String title, String token,
			Administration administration, Locale locale) {
		var link = baseUrl + "/s/" + token;
		var subject = messages.getMessage(subjectKey, new Object[] { title.replaceAll("\\R", " ") }, locale);
		var body = messages.getMessage(bodyKey, new Object[] { title, link, administration.closesOn() }, locale);
		outbox.enqueue(OutgoingMail.text(email, subject, body));
	}

}
