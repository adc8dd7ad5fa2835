package app.accord.surveys.answers;

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
 * Keeps {@code survey_count} (see V9__survey_counts.sql) and its sum over
 * administrations, {@code survey_count_state}, in step with stored answers: the caller
 * adds what it stores to a {@link Tally} and calls {@link #add} in the same transaction,
 * so a report never sees answers without their counts or the other way round. Each
 * transaction writes all its counts to one randomly chosen slot, in key order, so
 * concurrent submissions to one LEA rarely wait for each other and never deadlock.
 */
@Component
public class SurveyCounts {

	/** Rows each figure is spread over; readers add them up. */
	static final int SLOTS = 8;

	/**
	 * The administration id under which a tally keeps the figures of every administration
	 * together ({@code survey_count_state}, see V14__survey_count_state.sql).
	 */
	static final long STATE = 0;

	/** Key for "all LEAs", "the response itself", "not stated", "no answer value". */
	public static final String ALL = "";

	private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::administrationId)
		.thenComparing(Key::lea)
		.thenComparing(Key::item)
		.thenComparing(Key::group)
		.thenComparing(Key::site)
		.thenComparing(Key::answer);

	record Key(long administrationId, String lea, String item, String group, String site, String answer) {
	}

	/** Counts to add, gathered in memory (bounded by items, values, groups and sites). */
	public static final class Tally {

		private final Map<Key, Long> counts = new HashMap<>();

		/**
		 * One stored response and its answers, at LEA level and administration level, in
		 * its administration and in all administrations together.
		 */
		void response(long administrationId, String lea, String site, String group, List<Answer> answers) {
			var s = site == null ? ALL : site;
			var g = group == null ? ALL : group;
			for (var id : new long[] { administrationId, STATE }) {
				add(new Key(id, lea, ALL, g, s, ALL));
				add(new Key(id, ALL, ALL, g, s, ALL));
				for (var answer : answers) {
					var value = answer.choice() != null ? answer.choice()
							: answer.value() != null ? String.valueOf(answer.value()) : ALL;
					add(new Key(id, lea, answer.itemCode(), g, s, value));
					add(new Key(id, ALL, answer.itemCode(), g, ALL, value));
				}
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
	 * answers. Every transaction takes the rows it changes in the same order (all
	 * administrations' first, then each administration's, each in key order), so two
	 * never wait for each other in a circle.
	 */
	public void add(Tally tally) {
		if (tally.isEmpty()) {
			return;
		}
		var rows = new ArrayList<>(tally.counts.entrySet());
		rows.sort(Map.Entry.comparingByKey(ORDER));
		var slot = ThreadLocalRandom.current().nextInt(SLOTS);
		var state = 0;
		while (state < rows.size() && rows.get(state).getKey().administrationId() == STATE) {
			state++;
		}
		for (var table : Table.values()) {
			var part = table == Table.STATE ? rows.subList(0, state) : rows.subList(state, rows.size());
			if (part.isEmpty()) {
				continue;
			}
			if (postgres()) {
				upsert(table, part, slot);
			}
			else {
				merge(table, part, slot);
			}
		}
	}

	public boolean postgres() {
		if (postgres == null) {
			postgres = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
		}
		return postgres;
	}

	/** The counts of each administration, and of all of them together. */
	public enum Table {

		STATE("survey_count_state", false), ADMINISTRATION("survey_count", true);

		public final String name;

		final boolean perAdministration;

		/** Its key columns, slot last. */
		final String key;

		Table(String name, boolean perAdministration) {
			this.name = name;
			this.perAdministration = perAdministration;
			this.key = (perAdministration ? "administration_id, " : "")
					+ "lea_cds_code, item_code, group_code, site_code, answer, slot";
		}

	}

	/**
	 * PostgreSQL: one INSERT … ON CONFLICT of arrays, safe under concurrent inserts of a
	 * key. The statement text is the same for any number of rows, so the server parses
	 * and plans it once per connection instead of once per group of submissions.
	 */
	private void upsert(Table table, List<Map.Entry<Key, Long>> rows, int slot) {
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
		var a = table.perAdministration ? "a, " : "";
		var sql = "insert into %s (%s, n) select %sl, i, g, s, v, ?::smallint, n from unnest(%s?::varchar[], "
				+ "?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[]) as t (%sl, i, g, s, v, n) "
				+ "on conflict (%s) do update set n = %s.n + excluded.n";
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (var statement = connection.prepareStatement(sql.formatted(table.name, table.key, a,
					table.perAdministration ? "?::bigint[], " : "", a, table.key, table.name))) {
				var p = 1;
				statement.setShort(p++, (short) slot);
				if (table.perAdministration) {
					statement.setArray(p++, connection.createArrayOf("bigint", administrations));
				}
				statement.setArray(p++, connection.createArrayOf("varchar", leas));
				statement.setArray(p++, connection.createArrayOf("varchar", items));
				statement.setArray(p++, connection.createArrayOf("varchar", groups));
				statement.setArray(p++, connection.createArrayOf("varchar", sites));
				statement.setArray(p++, connection.createArrayOf("varchar", answers));
				statement.setArray(p, connection.createArrayOf("bigint", ns));
				statement.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * H2 has no ON CONFLICT … DO UPDATE: a standard MERGE, repeated when another
	 * transaction inserted the same key first (H2 rolls back only the failed statement).
	 */
	private void merge(Table table, List<Map.Entry<Key, Long>> rows, int slot) {
		var a = table.perAdministration ? "administration_id, " : "";
		var sql = """
				merge into %s c using (values (%scast(? as varchar(14)), cast(? as varchar(60)),
				  cast(? as varchar(40)), cast(? as varchar(40)), cast(? as varchar(40)), cast(? as smallint),
				  cast(? as bigint)))
				  as v (%slea_cds_code, item_code, group_code, site_code, answer, slot, n)
				on %sc.lea_cds_code = v.lea_cds_code and c.item_code = v.item_code
				  and c.group_code = v.group_code and c.site_code = v.site_code and c.answer = v.answer
				  and c.slot = v.slot
				when matched then update set n = c.n + v.n
				when not matched then insert (%s, n) values (%sv.lea_cds_code, v.item_code, v.group_code,
				  v.site_code, v.answer, v.slot, v.n)""".formatted(table.name,
				table.perAdministration ? "cast(? as bigint), " : "", a,
				table.perAdministration ? "c.administration_id = v.administration_id and " : "", table.key,
				table.perAdministration ? "v.administration_id, " : "");
		for (var row : rows) {
			for (var attempt = 1;; attempt++) {
				try {
					jdbc.update(sql, statement -> {
						var p = 1;
						var key = row.getKey();
						if (table.perAdministration) {
							statement.setLong(p++, key.administrationId());
						}
						statement.setString(p++, key.lea());
						statement.setString(p++, key.item());
						statement.setString(p++, key.group());
						statement.setString(p++, key.site());
						statement.setString(p++, key.answer());
						statement.setShort(p++, (short) slot);
						statement.setLong(p, row.getValue());
					});
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

}
