package app.accord.directory.leas;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class DirectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void directoryListsEveryLeaTwentyFiveAtATime() throws Exception {
		this.mvc.perform(get("/directory"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,023 LEAs found")))
			.andExpect(content().string(containsString("Page 1 of 41")))
			.andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")))
			.andExpect(content().string(containsString("<label for=\"q\"")));
	}

	@Test
	void searchFindsNamesRegardlessOfCase() throws Exception {
		this.mvc.perform(get("/directory").param("q", "FRESNO unified"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 LEA found")))
			.andExpect(content().string(containsString("href=\"/directory/10621660000000\"")));
	}

	@Test
	void searchFindsLeasByTheStartOfTheirCdsCode() throws Exception {
		this.mvc.perform(get("/directory").param("q", "1062166"))
			.andExpect(content().string(containsString("Fresno Unified")))
			.andExpect(content().string(containsString("1 LEA found")));
	}

	@Test
	void filtersByCountyRegionAndTypeCombine() throws Exception {
		this.mvc.perform(get("/directory").param("county", "fresno").param("type", "county-office"))
			.andExpect(content().string(containsString("1 LEA found")))
			.andExpect(content().string(containsString("Fresno County Office of Education")));
		this.mvc
			.perform(get("/directory").param("region", "Central Valley")
				.param("type", "High School")
				.header("HX-Request", "true"))
			.andExpect(content().string(containsString("Kern High")))
			.andExpect(content().string(not(containsString("Los Angeles"))));
	}

	@Test
	void resultsSortByNameBothWays() throws Exception {
		this.mvc.perform(get("/directory").param("sort", "-name"))
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("Yuba County Office of Education")));
	}

	@Test
	void htmxRequestGetsOnlyTheResults() throws Exception {
		this.mvc.perform(get("/directory").param("q", "oakland").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("Oakland Unified")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<form"))));
	}

	@Test
	void htmxHistoryRestoreGetsTheWholePage() throws Exception {
		this.mvc.perform(get("/directory").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void malformedParametersAreIgnoredWithANoticeNotAnError() throws Exception {
		this.mvc.perform(get("/directory").param("page", "-1").param("region", "Atlantis").param("type", "castle"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no region &quot;Atlantis&quot;")))
			.andExpect(content().string(containsString("There is no LEA type &quot;castle&quot;")))
			.andExpect(content().string(containsString("is not a page number")))
			.andExpect(content().string(containsString("1,023 LEAs found")));
		this.mvc.perform(get("/directory").param("page", "abc").param("sort", "enrollment"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be sorted by")));
	}

	@Test
	void aPagePastTheEndShowsTheLastPage() throws Exception {
		this.mvc.perform(get("/directory").param("page", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 999")))
			.andExpect(content().string(containsString("Page 41 of 41")));
	}

	@Test
	void leaPageShowsAddressEnrollmentAndTheMealShare() throws Exception {
		this.mvc.perform(get("/directory/10621660000000"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/lea"))
			.andExpect(content().string(containsString("Fresno Unified")))
			.andExpect(content().string(containsString("2309 Tulare Street")))
			.andExpect(content().string(containsString("72,419 students")))
			.andExpect(content().string(containsString("86.4% of students")))
			.andExpect(content().string(containsString("a common measure of poverty")))
			.andExpect(
					content().string(containsString("108 active schools in October 2021, 10 of them charter schools")))
			.andExpect(content().string(containsString("0614550")))
			.andExpect(content().string(containsString("Central Valley")))
			.andExpect(content().string(containsString("href=\"/map?region=central-valley&amp;lea=10621660000000\"")));
	}

	@Test
	void charterEnrollmentWithoutACharterSchoolLeftSaysWhereTheStudentsWere() throws Exception {
		// Alisal Union: no active charter school in October 2021, 207 charter students in
		// 2020-21.
		this.mvc.perform(get("/directory/27659610000000"))
			.andExpect(content().string(containsString("active schools in October 2021, none of them charter schools")))
			.andExpect(content().string(containsString("207 students in 2020–21")))
			.andExpect(content().string(containsString(
					"These students were in charter schools authorized by this LEA in 2020–21 that were no longer active in October 2021.")))
			.andExpect(content().string(not(containsString("0 are charter schools"))));
		this.mvc.perform(get("/directory/10621660000000"))
			.andExpect(content().string(not(containsString("no longer active in October 2021"))));
	}

	@Test
	void leaChoicesListMatchingLeasToFillAField() throws Exception {
		this.mvc.perform(get("/directory/choices").param("q", "Alisal").param("target", "leaCdsCode"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 LEA matches: choose it to fill in its CDS code")))
			.andExpect(content().string(containsString("data-fill=\"leaCdsCode\"")))
			.andExpect(content().string(containsString("data-value=\"27659610000000\"")))
			.andExpect(content().string(containsString("Alisal Union")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/directory/choices").param("q", "A").param("target", "x\"><script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<li"))))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void leaPageSpeaksSpanish() throws Exception {
		this.mvc.perform(get("/directory/10621660000000").header("Accept-Language", "es"))
			.andExpect(content().string(containsString("Valle Central")))
			.andExpect(content().string(containsString("comidas escolares gratuitas")));
	}

	@Test
	void leaWithoutEnrollmentSaysSo() throws Exception {
		this.mvc.perform(get("/directory").param("q", "Eagle Collegiate"))
			.andExpect(content().string(containsString("not known")));
	}

	@Test
	void unknownCdsCodeIsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/directory/99999999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(get("/directory/not-a-code")).andExpect(status().isNotFound());
	}

}
