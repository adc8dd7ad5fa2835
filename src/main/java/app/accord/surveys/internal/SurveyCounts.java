package app.accord.surveys.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code survey_count} (see V9__survey_counts.sql) in step with stored answers: the
 * caller adds what it stores to a {@link Tally} and calls {@link #add} in the same
 * transaction, so a report never sees answers without their counts or the other way
 * round. Each transaction writes all its counts to one randomly chosen slot, in key
 * order, so concurrent submissions to one LEA rarely wait for each other and never
 * deadlock.
 */
@Component
class SurveyCounts {

	/** Rows each figure is spread over; readers add them up. */
	static final int SLOTS = 8;

	/** Key for "all LEAs", "the response itself", "not stated", "no answer value". */
	static final String ALL = "";

	private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::administrationId)
		.thenComparing(Key::lea)
		.thenComparing(Key::item)
		.thenComparing(Key::group)
		.thenComparing(Key::site)
		.thenComparing(Key::answer);

	record Key(long administrationId, String lea, String item, String group, String site, String answer) {
	}

	/** Counts to add, gathered in memory (bounded by items, values, groups and sites). */
	static final class Tally {

		private final Map<Key, Long> counts = new HashMap<>();

		/** One stored response and its answers, at LEA level and administration level. */
		void response(long administrationId, String lea, String site, String group, List<Responses.Answer> answers) {
			var s = site == null ? ALL : site;
			var g = group == null ? ALL : group;
			add(new Key(administrationId, lea, ALL, g, s, ALL));
			add(new Key(administrationId, ALL, ALL, g, s, ALL));
			for (var answer : answers) {
				var value = answer.choice() != null ? answer.choice()
						: answer.value() != null ? String.valueOf(answer.value()) : ALL;
				add(new Key(administrationId, lea, answer.itemCode(), g, s, value));
				add(new Key(administrationId, ALL, answer.itemCode(), g, ALL, value));
			}
		}

		private void add(Key key) {
			counts.merge(key, 1L, Long::sum);
		}

		boolean isEmpty() {
			return counts.isEmpty();
		}

		void clear() {
			counts.clear();
		}

	}

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	SurveyCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the tally to the stored counts; must run in the transaction storing the
	 * answers.
	 */
	void add(Tally tally) {
		if (tally.isEmpty()) {
			return;
		}
		var rows = new ArrayList<>(tally.counts.entrySet());
		rows.sort(Map.Entry.comparingByKey(ORDER));
		var slot = ThreadLocalRandom.current().nextInt(SLOTS);
		if (postgres()) {
			upsert(rows, slot);
		}
		else {
			merge(rows, slot);
		}
	}

	boolean postgres() {
		if (postgres == null) {
			postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
		}
		return postgres;
	}

	/**
	 * PostgreSQL: one INSERT … ON CONFLICT of arrays, safe under concurrent inserts of a
	 * key. The statement text is the same for any number of rows, so the server parses
	 * and plans it once per connection instead of once per group of submissions.
	 */
	private void upsert(List<Map.Entry<Key, Long>> rows, int slot) {
		var size = rows.size();
		var administrations = new Long[size];
		var leas = new String[size];
		var items = new String[size];
		var groups = new String[size];
		var sites = new String[size];
		var answers = new String[size];
		var ns = new Long[size];
		for (var i = 0; i < size; i++) {
			var key = rows.get(i).getKey();
			administrations[i] = key.administrationId();
			leas[i] = key.lea();
			items[i] = key.item();
			groups[i] = key.group();
			sites[i] = key.site();
			answers[i] = key.answer();
			ns[i] = rows.get(i).getValue();
		}
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (var statement = connection.prepareStatement("""
					insert into survey_count (administration_id, lea_cds_code, item_code, group_code, site_code, answer,
					  slot, n)
					select a, l, i, g, s, v, ?::smallint, n
					from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
					  ?::bigint[]) as t (a, l, i, g, s, v, n)
					on conflict (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot)
					do update set n = survey_count.n + excluded.n""")) {
				statement.setShort(1, (short) slot);
				statement.setArray(2, connection.createArrayOf("bigint", administrations));
				statement.setArray(3, connection.createArrayOf("varchar", leas));
				statement.setArray(4, connection.createArrayOf("varchar", items));
				statement.setArray(5, connection.createArrayOf("varchar", groups));
				statement.setArray(6, connection.createArrayOf("varchar", sites));
				statement.setArray(7, connection.createArrayOf("varchar", answers));
				statement.setArray(8, connection.createArrayOf("bigint", ns));
				statement.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * H2 has no ON CONFLICT … DO UPDATE: a standard MERGE, repeated when another
	 * transaction inserted the same key first (H2 rolls back only the failed statement).
	 */
	private void merge(List<Map.Entry<Key, Long>> rows, int slot) {
		var sql = """
				merge into survey_count c using (values (cast(? as bigint), cast(? as varchar(14)),
				  cast(? as varchar(60)), cast(? as varchar(40)), cast(? as varchar(40)), cast(? as varchar(40)),
				  cast(? as smallint), cast(? as bigint)))
				  as v (administration_id, lea_cds_code, item_code, group_code, site_code, answer, slot, n)
				on c.administration_id = v.administration_id and c.lea_cds_code = v.lea_cds_code
				  and c.item_code = v.item_code and c.group_code = v.group_code and c.site_code = v.site_code
				  and c.answer = v.answer and c.slot = v.slot
				when matched then update set n = c.n + v.n
				when not matched then insert (administration_id, lea_cds_code, item_code, group_code, site_code,
				  answer, slot, n) values (v.administration_id, v.lea_cds_code, v.item_code, v.group_code,
				  v.site_code, v.answer, v.slot, v.n)""";
		for (var row : rows) {
			for (var attempt = 1;; attempt++) {
				try {
					jdbc.update(sql, statement -> bind(statement, 1, row.getKey(), slot, row.getValue()));
					break;
				}
				catch (DuplicateKeyException ex) {
					if (attempt >= 5) {
						throw ex;
					}
				}
			}
		}
	}

	private static int bind(java.sql.PreparedStatement statement, int p, Key key, int slot, long n)
			throws SQLException {
		statement.setLong(p++, key.administrationId());
		statement.setString(p++, key.lea());
		statement.setString(p++, key.item());
		statement.setString(p++, key.group());
		statement.setString(p++, key.site());
		statement.setString(p++, key.answer());
		statement.setShort(p++, (short) slot);
		statement.setLong(p++, n);
		return p;
	}

}
