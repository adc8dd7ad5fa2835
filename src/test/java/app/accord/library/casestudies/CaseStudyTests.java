package app.accord.library.casestudies;

import app.accord.library.catalog.LibraryTestData;
import app.accord.library.uploads.ResourcesApiTests;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CaseStudyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** An LEA no other case study test uses. */
	private String freeLea() {
		return jdbc.queryForObject("""
				select min(cds_code) from directory_lea
				where cds_code not in (select lea_cds_code from library_case_study)""", String.class);
	}

	private MockHttpServletRequestBuilder write(String cds, String title, String visibility) {
		return post("/staff/library/case-studies").param("leaCdsCode", cds)
			.param("title", title)
			.param("studentsServed", "17500")
			.param("whatLed", "A strike in 2008 led both sides to look for another way.")
			.param("intoPractice", "A joint committee meets monthly.")
			.param("impact", "Fewer grievances.")
			.param("challenges", "Turnover of leaders.")
			.param("innovations", "Peer Assistance and Review")
			.param("outcomes", "Teacher retention rose.")
			.param("visibility", visibility)
			.with(user(LibraryTestData.STAFF))
			.with(csrf());
	}

	@Test
	void staffWriteACaseStudyWhichTheLeasDirectoryPageLinksTo() throws Exception {
		var cds = freeLea();
		var location = mvc.perform(write(cds, "From conflict to collaboration", "PUBLIC"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From conflict to collaboration")))
			.andExpect(content().string(containsString("What led to collaboration?")))
			.andExpect(content().string(containsString("17,500 students")))
			.andExpect(content().string(containsString("Peer Assistance and Review")));
		mvc.perform(get("/directory/{cds}", cds))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + location + "\"")))
			.andExpect(content().string(containsString("Read its case study")));
		mvc.perform(get("/library/case-studies").param("lea", cds))
			.andExpect(content().string(containsString("From conflict to collaboration")));
	}

	@Test
	void aMembersOnlyCaseStudyIsNeitherLinkedNorShownToThePublic() throws Exception {
		var cds = freeLea();
		var location = mvc.perform(write(cds, "Members story", "MEMBERS"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location)).andExpect(status().isNotFound());
		mvc.perform(get(location).with(user(LibraryTestData.MEMBER))).andExpect(status().isOk());
		mvc.perform(get("/directory/{cds}", cds))
			.andExpect(content().string(not(containsString("Read its case study"))));
	}

	@Test
	void aCaseStudyIsFoundByLibrarySearchAsACaseStudyLinkingToItsPage() throws Exception {
		var cds = freeLea();
		var word = LibraryTestData.uniqueWord();
		var location = mvc.perform(write(cds, "Searchable story " + word, "PUBLIC"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var leaName = jdbc.queryForObject("select name from directory_lea where cds_code = ?", String.class, cds);
		mvc.perform(get("/library").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 resource")))
			.andExpect(content().string(containsString("href=\"" + location + "\"")))
			.andExpect(content().string(containsString("Searchable story " + word)))
			.andExpect(content().string(containsString("/library?q=" + word + "&amp;kind=CASE_STUDY")));
		mvc.perform(get("/library").param("q", word).param("kind", "CASE_STUDY"))
			.andExpect(content().string(containsString("Searchable story " + word)));
		mvc.perform(get("/library").param("q", word + " monthly"))
			.andExpect(content().string(containsString("<mark>monthly</mark>")));
		mvc.perform(get("/library").param("q", leaName + " " + word))
			.andExpect(content().string(containsString("Searchable story " + word)));
		mvc.perform(post(location.replace("/library/", "/staff/library/")).param("leaCdsCode", cds)
			.param("title", "Renamed story " + word)
			.param("whatLed", "A strike in 2008 led both sides to look for another way.")
			.param("intoPractice", "A joint committee meets monthly.")
			.param("impact", "Fewer grievances.")
			.param("challenges", "Turnover of leaders.")
			.param("visibility", "MEMBERS")
			.with(user(LibraryTestData.STAFF))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/library").param("q", word))
			.andExpect(content().string(containsString("No resources")))
			.andExpect(content().string(not(containsString("story " + word))));
		mvc.perform(get("/library").param("q", word).with(user(LibraryTestData.MEMBER)))
			.andExpect(content().string(containsString("Renamed story " + word)))
			.andExpect(content().string(containsString("href=\"" + location + "\"")));
	}

	@Test
	void aMembersOnlyCaseStudyIsFoundOnlyByMembersInSearchAndTheApi() throws Exception {
		var word = LibraryTestData.uniqueWord();
		mvc.perform(write(freeLea(), "Members search " + word, "MEMBERS")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/library").param("q", word))
			.andExpect(content().string(containsString("No resources")))
			.andExpect(content().string(not(containsString("Members search " + word))));
		mvc.perform(get("/api/v1/resources").param("q", word).header("Authorization", ResourcesApiTests.TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Members search " + word))
			.andExpect(jsonPath("$.items[0].kind").value("CASE_STUDY"))
			.andExpect(jsonPath("$.items[0].url").value(startsWith("/library/case-studies/")))
			.andExpect(jsonPath("$.facets.kind[0].value").value("CASE_STUDY"));
	}

	@Test
	void anUnknownLeaOrMissingAnswerIsShownInPlaceAndTheTypedTextStays() throws Exception {
		mvc.perform(write("99999999999999", "Typed title", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No LEA in the directory has this CDS code.")))
			.andExpect(content().string(containsString("value=\"Typed title\"")))
			.andExpect(content().string(containsString("A joint committee meets monthly.")));
		mvc.perform(write("123", " ", "PUBLIC"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A CDS code has 14 digits.")))
			.andExpect(content().string(containsString("Enter a title.")));
	}

}
