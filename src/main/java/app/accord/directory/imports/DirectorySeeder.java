package app.accord.directory.imports;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;

import app.accord.directory.leas.Lea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty directory with the shipped counties and LEAs on the first start. Safe
 * when several nodes start at once: everything is inserted in one transaction, and the
 * unique county names and CDS codes let only one node's transaction commit; the others
 * roll back and find the data there. It runs before the application reports ready, so
 * whatever starts then (the demo data) finds the LEAs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectorySeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectorySeeder.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DirectorySeeder(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			var loaded = this.transactions.execute(status -> load());
			if (loaded != null && loaded > 0) {
				log.info("Loaded the directory: 58 counties and {} LEAs from the shipped data", loaded);
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another node loaded the directory at the same time; using its data");
		}
	}

	/**
	 * @return the number of LEAs loaded, 0 when the directory already had data
	 */
	int load() {
		var counties = this.jdbc.queryForObject("select count(*) from directory_county", Integer.class);
		if (counties != null && counties > 0) {
			return 0;
		}
		var countyRows = ShippedData.counties();
		var leas = ShippedData.leas(countyRows);
		this.jdbc.batchUpdate(
				"insert into directory_county (name, cds_county_code, fips, ccsesa_region, region) values (?, ?, ?, ?, ?)",
				countyRows, countyRows.size(), (statement, county) -> {
					statement.setString(1, county.name());
					statement.setString(2, county.cdsCountyCode());
					statement.setString(3, county.fips());
					statement.setInt(4, county.ccsesaRegion());
					statement.setString(5, county.region().slug());
				});
		var countyIds = new HashMap<String, Long>();
		this.jdbc.query("select id, name from directory_county",
				(RowCallbackHandler) row -> countyIds.put(row.getString("name"), row.getLong("id")));
		var now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.batchUpdate(
				"""
						insert into directory_lea (cds_code, name, search_name, type, county_id, city, zip, street, phone, latitude, longitude,
						  school_count, charter_school_count, enrollment, charter_enrollment, frpm_count, frpm_percent,
						  nces_district_id, doc_code, updated_at, version)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
				leas, 200, (statement, lea) -> {
					statement.setString(1, lea.cdsCode());
					statement.setString(2, lea.name());
					statement.setString(3, Lea.searchName(lea.name()));
					statement.setString(4, lea.type().slug());
					statement.setLong(5, countyIds.get(lea.county()));
					statement.setString(6, lea.city());
					statement.setString(7, lea.zip());
					statement.setString(8, lea.street());
					statement.setString(9, lea.phone());
					statement.setBigDecimal(10, lea.latitude());
					statement.setBigDecimal(11, lea.longitude());
					statement.setObject(12, lea.schoolCount(), Types.INTEGER);
					statement.setObject(13, lea.charterSchoolCount(), Types.INTEGER);
					statement.setObject(14, lea.enrollment(), Types.INTEGER);
					statement.setObject(15, lea.charterEnrollment(), Types.INTEGER);
					statement.setObject(16, lea.frpmCount(), Types.INTEGER);
					statement.setBigDecimal(17, lea.frpmPercent());
					statement.setString(18, lea.ncesDistrictId());
					statement.setString(19, lea.docCode());
					statement.setObject(20, now);
				});
		return leas.size();
	}

}
