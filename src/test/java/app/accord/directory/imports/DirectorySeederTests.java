package app.accord.directory.imports;

import app.accord.directory.Directory;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class DirectorySeederTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DirectorySeeder seeder;

	@Autowired
	Directory directory;

	@Test
	void firstStartLoadsAllCountiesAndLeas() {
		assertThat(count("select count(*) from directory_county")).isEqualTo(58);
		assertThat(count("select count(*) from directory_lea")).isEqualTo(1023);
		assertThat(count("select count(*) from directory_lea where type = 'county-office'")).isEqualTo(58);
	}

	@Test
	void everyLeaBelongsToAnExistingCountyAndEveryCountyHasItsOffice() {
		assertThat(count("select count(*) from directory_lea l left join directory_county c on c.id = l.county_id "
				+ "where c.id is null"))
			.isZero();
		assertThat(this.directory.counties()).hasSize(58)
			.allSatisfy(county -> assertThat(county.countyOfficeCdsCode()).startsWith(county.cdsCountyCode()));
	}

	@Test
	void regionsSplitTheCountiesAsTheDataSourcesDescribe() {
		var counties = this.directory.counties();
		assertThat(counties.stream().filter(county -> county.region() == Region.NORTHERN_CALIFORNIA)).hasSize(35);
		assertThat(counties.stream().filter(county -> county.region() == Region.CENTRAL_VALLEY)).hasSize(12);
		assertThat(counties.stream().filter(county -> county.region() == Region.SOUTHERN_CALIFORNIA)).hasSize(11);
		assertThat(counties.stream().mapToLong(county -> county.leaCount()).sum()).isEqualTo(1023);
	}

	@Test
	void loadingAgainDoesNothingWhenTheDirectoryHasData() {
		assertThat(this.seeder.load()).isZero();
		assertThat(count("select count(*) from directory_lea")).isEqualTo(1023);
	}

	@Test
	void facadeFindsAnLeaByItsCdsCode() {
		var fresno = this.directory.findLea("10621660000000").orElseThrow();
		assertThat(fresno.name()).isEqualTo("Fresno Unified");
		assertThat(fresno.type()).isEqualTo(LeaType.UNIFIED);
		assertThat(fresno.county()).isEqualTo("Fresno");
		assertThat(fresno.region()).isEqualTo(Region.CENTRAL_VALLEY);
		assertThat(fresno.enrollment()).isEqualTo(72419);
		assertThat(this.directory.exists("10621660000000")).isTrue();
		assertThat(this.directory.exists("99999990000000")).isFalse();
		assertThat(this.directory.findLea("not a code")).isEmpty();
		var many = this.directory.findLeas(java.util.Arrays.asList("10621660000000", "27659610000000", "99999990000000",
				"not a code", null, "10621660000000"));
		assertThat(many).containsOnlyKeys("10621660000000", "27659610000000");
		assertThat(many.get("10621660000000")).isEqualTo(fresno);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
