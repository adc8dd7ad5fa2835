package app.accord.shared.cache;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which statements raise the data version, and when. */
@SpringBootTest
@AutoConfigureMockMvc
class WriteTrackingTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataVersion version;

	@Test
	void changesToPublicTablesCountAndPrivateOnesDoNot() {
		assertThat(WriteTracking.changesPublicData("insert into event (title) values (?)")).isTrue();
		assertThat(WriteTracking.changesPublicData("  UPDATE directory_lea SET name = ?")).isTrue();
		assertThat(WriteTracking.changesPublicData("delete from \"library_resource\" where id = ?")).isTrue();
		assertThat(WriteTracking.changesPublicData("merge into public.team key (id) values (?)")).isTrue();
		assertThat(WriteTracking.changesPublicData("delete from spring_session where expiry_time < ?")).isFalse();
		assertThat(WriteTracking.changesPublicData("update event_publication set completion_date = ?")).isFalse();
		assertThat(WriteTracking.changesPublicData("insert into survey_answer values (?)")).isFalse();
		assertThat(WriteTracking.changesPublicData("select * from event for update")).isFalse();
		assertThat(WriteTracking.changesPublicData("create index x on event (title)")).isTrue();
	}

	@Test
	void theVersionMovesOnceAtTheCommitOfATransactionThatChangedPublicData() {
		var before = this.version.current();
		this.transactions.executeWithoutResult(status -> {
			this.jdbc
				.update("UPDATE directory_county SET name = name WHERE id = (SELECT min(id) FROM directory_county)");
			this.jdbc
				.update("UPDATE directory_county SET name = name WHERE id = (SELECT max(id) FROM directory_county)");
		});
		assertThat(this.version.current()).isEqualTo(before + 1);
	}

	@Test
	void aRolledBackChangeAndAPrivateOneLeaveTheVersionAsItWas() {
		var before = this.version.current();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.jdbc
				.update("UPDATE directory_county SET name = name WHERE id = (SELECT min(id) FROM directory_county)");
			throw new IllegalStateException("rolled back");
		})).isInstanceOf(IllegalStateException.class);
		this.jdbc.update("DELETE FROM spring_session WHERE expiry_time < 0");
		assertThat(this.version.current()).isEqualTo(before);
	}

	@Test
	void aChangeOutsideATransactionCountsAtOnce() {
		var before = this.version.current();
		this.jdbc.update("UPDATE directory_county SET name = name WHERE id = (SELECT min(id) FROM directory_county)");
		assertThat(this.version.current()).isEqualTo(before + 1);
	}

}
