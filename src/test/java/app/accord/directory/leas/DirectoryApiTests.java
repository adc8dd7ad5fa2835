package app.accord.directory.leas;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class DirectoryApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void leasArePagedWithTotals() throws Exception {
		this.mvc.perform(get("/api/v1/leas"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(25)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(25))
			.andExpect(jsonPath("$.totalItems").value(1023))
			.andExpect(jsonPath("$.totalPages").value(41));
		this.mvc.perform(get("/api/v1/leas").param("page", "10").param("size", "100"))
			.andExpect(jsonPath("$.items", hasSize(23)))
			.andExpect(jsonPath("$.totalPages").value(11));
	}

	@Test
	void itemsCarryTheDocumentedFields() throws Exception {
		this.mvc.perform(get("/api/v1/leas").param("q", "10621660000000"))
			.andExpect(jsonPath("$.items[0].cdsCode").value("10621660000000"))
			.andExpect(jsonPath("$.items[0].name").value("Fresno Unified"))
			.andExpect(jsonPath("$.items[0].type").value("Unified"))
			.andExpect(jsonPath("$.items[0].county").value("Fresno"))
			.andExpect(jsonPath("$.items[0].region").value("Central Valley"))
			.andExpect(jsonPath("$.items[0].city").value("Fresno"))
			.andExpect(jsonPath("$.items[0].latitude").value(36.736759))
			.andExpect(jsonPath("$.items[0].longitude").value(-119.78699))
			.andExpect(jsonPath("$.items[0].enrollment").value(72419))
			.andExpect(jsonPath("$.items[0].frpmPercent").value(86.4));
	}

	@Test
	void filtersAcceptNamesInAnyCaseAndSlugs() throws Exception {
		this.mvc
			.perform(get("/api/v1/leas").param("region", "central-valley").param("type", "county office of education"))
			.andExpect(jsonPath("$.totalItems").value(12))
			.andExpect(jsonPath("$.items[*].region", everyItem(is("Central Valley"))));
		this.mvc.perform(get("/api/v1/leas").param("region", "SOUTHERN CALIFORNIA").param("county", "orange"))
			.andExpect(jsonPath("$.items[*].county", everyItem(is("Orange"))));
	}

	@Test
	void oneLeaHasItsAddressAndSchoolFigures() throws Exception {
		this.mvc.perform(get("/api/v1/leas/10621660000000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.street").value("2309 Tulare Street"))
			.andExpect(jsonPath("$.zip").value("93721"))
			.andExpect(jsonPath("$.phone").value("(559) 457-3000"))
			.andExpect(jsonPath("$.schoolCount").value(108))
			.andExpect(jsonPath("$.charterSchoolCount").value(10))
			.andExpect(jsonPath("$.ncesDistrictId").value("0614550"))
			.andExpect(jsonPath("$.inLatestSourceFile").value(true));
	}

	@Test
	void unknownCdsCodeIsANotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/v1/leas/99999999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail", containsString("99999999999999")));
	}

	@Test
	void badParametersAreBadRequestProblems() throws Exception {
		this.mvc.perform(get("/api/v1/leas").param("region", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail", containsString("central-valley")));
		this.mvc.perform(get("/api/v1/leas").param("type", "castle")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/leas").param("county", "Atlantis")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/leas").param("page", "-1")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/leas").param("size", "101")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/leas").param("size", "0")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/leas").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("page")));
	}

	@Test
	void countiesHaveTheirRegionAndLeaCount() throws Exception {
		this.mvc.perform(get("/api/v1/counties"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(58)))
			.andExpect(jsonPath("$[0].name").value("Alameda"))
			.andExpect(jsonPath("$[0].fips").value("06001"))
			.andExpect(jsonPath("$[0].region").value("Northern California"))
			.andExpect(jsonPath("$[0].leaCount").value(22));
	}

	@Test
	void theApiIsDocumented() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/leas'].get.summary").value("Search LEAs"))
			.andExpect(jsonPath("$.paths['/api/v1/counties']").exists())
			.andExpect(jsonPath("$.tags[?(@.name == 'Directory')]").exists());
	}

}
