package app.accord.directory;

import java.util.Map;

import app.accord.ModuleClasses;
import app.accord.accounts.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory booted alone (with the shared module), the audit trail standing in for
 * accounts: on its first start it loads the shipped counties and LEAs, and other modules
 * find an LEA by its CDS code, search by name, locate it and shade the county map, as the
 * public API does.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
// Which pages are public is the accounts module's security chain, not booted here.
@AutoConfigureMockMvc(addFilters = false)
class DirectoryModuleTests {

	static final String FRESNO_UNIFIED = "10621660000000";

	@MockitoBean
	AuditTrail audit;

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	CountyMap map;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("directory", "shared");
	}

	@Test
	void otherModulesFindAnLeaByItsCdsCode() throws Exception {
		assertThat(directory.findLea(FRESNO_UNIFIED)).hasValueSatisfying(lea -> {
			assertThat(lea.name()).isEqualTo("Fresno Unified");
			assertThat(lea.type()).isEqualTo(LeaType.UNIFIED);
			assertThat(lea.county()).isEqualTo("Fresno");
			assertThat(lea.region()).isEqualTo(Region.CENTRAL_VALLEY);
			assertThat(lea.city()).isEqualTo("Fresno");
			assertThat(lea.enrollment()).isEqualTo(72419);
		});
		assertThat(directory.exists(FRESNO_UNIFIED)).isTrue();
		assertThat(directory.findLea("99999999999999")).isEmpty();
		assertThat(directory.exists("99999999999999")).isFalse();

		assertThat(directory.search("fresno unif", 5)).extracting(LeaSummary::cdsCode).contains(FRESNO_UNIFIED);
		assertThat(directory.search("1062166", 5)).extracting(LeaSummary::cdsCode).contains(FRESNO_UNIFIED);
		assertThat(directory.locate(FRESNO_UNIFIED)).hasValueSatisfying(location -> {
			assertThat(location.latitude()).isEqualTo(36.736759);
			assertThat(location.longitude()).isEqualTo(-119.78699);
		});
		assertThat(directory.counties()).hasSize(58)
			.anySatisfy(county -> assertThat(county.name()).isEqualTo("Fresno"));
		assertThat(map.shade(Map.of("Fresno", 1))).hasSize(58)
			.filteredOn(county -> county.value() != null)
			.singleElement()
			.satisfies(county -> assertThat(county.name()).isEqualTo("Fresno"));

		mvc.perform(get("/api/v1/leas/{cds}", FRESNO_UNIFIED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Fresno Unified"));
	}

}
