package app.accord.surveys.answers;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes checked responses and their answers in as few statements as the database allows:
 * COPY on PostgreSQL, multi-row inserts elsewhere. Anonymity is the caller's: rows hold
 * only the administration, LEA, site, group, date and answers.
 */
@Component
public class ResponseRows {

	private final JdbcTemplate jdbc;

	private final SurveyCounts counts;

	ResponseRows(JdbcTemplate jdbc, SurveyCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/**
	 * Stores checked responses with a few multi-row statements (responses, then all their
	 * answers) and adds them to {@code tally}; the caller hands the tally to
	 * {@link SurveyCounts#add} before its transaction commits.
	 */
	public void storeAll(List<PendingResponse> pending, java.time.LocalDate day, SurveyCounts.Tally tally) {
		if (pending.isEmpty()) {
			return;
		}
		if (counts.postgres()) {
			copy(pending, day);
		}
		else {
			insert(pending, day);
		}
		for (var response : pending) {
			tally.response(response.administrationId(), response.lea(), response.checked().site(),
					response.checked().group(), response.checked().answers());
		}
	}

	/**
	 * PostgreSQL: ids drawn from the sequence, then one COPY of the responses and one of
	 * their answers: several times faster than INSERT for an import of millions of
	 * answers, and for a group of submissions no statement to parse and plan.
	 */
	private void copy(List<PendingResponse> pending, java.time.LocalDate day) {
		jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
			var ids = new long[pending.size()];
			try (var statement = connection.prepareStatement(
					"select nextval(pg_get_serial_sequence('survey_response', 'id')) from generate_series(1, ?)")) {
				statement.setInt(1, pending.size());
				try (var rs = statement.executeQuery()) {
					var i = 0;
					while (rs.next()) {
						ids[i++] = rs.getLong(1);
					}
				}
			}
			var responses = new StringBuilder(pending.size() * 64);
			var answers = new StringBuilder(pending.size() * 1024);
			var date = day.toString();
			for (var r = 0; r < pending.size(); r++) {
				var response = pending.get(r);
				var checked = response.checked();
				var scope = new StringBuilder().append('\t')
					.append(response.administrationId())
					.append('\t')
					.append(copyText(response.lea()))
					.append('\t')
					.append(copyText(checked.site()))
					.append('\t')
					.append(copyText(checked.group()))
					.toString();
				responses.append(ids[r]).append(scope).append('\t').append(date).append('\n');
				for (var answer : checked.answers()) {
					answers.append(ids[r])
						.append(scope)
						.append('\t')
						.append(copyText(answer.itemCode()))
						.append('\t')
						.append(answer.value() == null ? "\\N" : answer.value().toString())
						.append('\t')
						.append(copyText(answer.choice()))
						.append('\t')
						.append(copyText(answer.text()))
						.append('\n');
				}
			}
			var copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
			try {
				copy.copyIn("copy survey_response (id, administration_id, lea_cds_code, site_code, group_code, "
						+ "submitted_on) from stdin", new java.io.StringReader(responses.toString()));
				copy.copyIn(
						"copy survey_answer (response_id, administration_id, lea_cds_code, site_code, group_code, "
								+ "item_code, answer_value, choice_code, text_answer) from stdin",
						new java.io.StringReader(answers.toString()));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return null;
		});
	}

	/**
	 * A value in COPY's text format: \N for null, backslash escapes for the separators.
	 */
	static String copyText(String value) {
		if (value == null) {
			return "\\N";
		}
		if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	/** Multi-row INSERTs: responses (returning their ids), then all their answers. */
	private void insert(List<PendingResponse> pending, java.time.LocalDate day) {
		var ids = new long[pending.size()];
		var chunk = 1000;
		for (var from = 0; from < pending.size(); from += chunk) {
			var part = pending.subList(from, Math.min(pending.size(), from + chunk));
			var first = from;
			jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
				var sql = new StringBuilder(
						"insert into survey_response (administration_id, lea_cds_code, site_code, group_code, submitted_on) values ");
				for (var i = 0; i < part.size(); i++) {
					sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
				}
				try (var statement = connection.prepareStatement(sql.toString(), new String[] { "id" })) {
					var p = 1;
					for (var response : part) {
						statement.setLong(p++, response.administrationId());
						statement.setString(p++, response.lea());
						statement.setString(p++, response.checked().site());
						statement.setString(p++, response.checked().group());
						statement.setObject(p++, day);
					}
					statement.executeUpdate();
					try (var keys = statement.getGeneratedKeys()) {
						var i = first;
						while (keys.next()) {
							ids[i++] = keys.getLong(1);
						}
						if (i != first + part.size()) {
							throw new IllegalStateException(
									"Expected " + part.size() + " response ids, got " + (i - first));
						}
					}
				}
				return null;
			});
		}
		var answerRows = new ArrayList<Object[]>();
		for (var r = 0; r < pending.size(); r++) {
			var response = pending.get(r);
			for (var answer : response.checked().answers()) {
				answerRows.add(new Object[] { ids[r], response, answer });
			}
		}
		for (var from = 0; from < answerRows.size(); from += chunk) {
			var part = answerRows.subList(from, Math.min(answerRows.size(), from + chunk));
			var sql = new StringBuilder(
					"insert into survey_answer (response_id, administration_id, lea_cds_code, site_code, group_code, item_code, answer_value, choice_code, text_answer) values ");
			for (var i = 0; i < part.size(); i++) {
				sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)");
			}
			jdbc.update(sql.toString(), statement -> {
				var p = 1;
				for (var row : part) {
					var response = (PendingResponse) row[1];
					var answer = (Answer) row[2];
					statement.setLong(p++, (Long) row[0]);
					statement.setLong(p++, response.administrationId());
					statement.setString(p++, response.lea());
					statement.setString(p++, response.checked().site());
					statement.setString(p++, response.checked().group());
					statement.setString(p++, answer.itemCode());
					if (answer.value() == null) {
						statement.setNull(p++, java.sql.Types.INTEGER);
					}
					else {
						statement.setInt(p++, answer.value());
					}
					statement.setString(p++, answer.choice());
					statement.setString(p++, answer.text());
				}
			});
		}
	}

}
