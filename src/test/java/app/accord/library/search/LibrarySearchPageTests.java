package app.accord.library.search;

import app.accord.library.catalog.LibraryTestData;
import app.accord.library.catalog.Resource;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.Visibility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LibrarySearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LibraryTestData data;

	@Test
	void theSearchFormWorksWithoutJavaScriptAndAsksHtmxForResultsAsYouType() throws Exception {
		mvc.perform(get("/library"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("method=\"get\"")))
			.andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")))
			.andExpect(content().string(containsString("Resource library")));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		var word = LibraryTestData.uniqueWord();
		data.link(LibraryTestData.details("Htmx " + word, ResourceLanguage.EN, Visibility.PUBLIC));
		mvc.perform(get("/library").param("q", word).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString("Htmx " + word)))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void facetLinksKeepTheWordsAndOtherFiltersInTheUrl() throws Exception {
		var word = LibraryTestData.uniqueWord();
		data.link(LibraryTestData.details("Facet " + word, ResourceLanguage.ES, Visibility.PUBLIC));
		mvc.perform(get("/library").param("q", word).param("year", "2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/library?q=" + word + "&amp;kind=RESEARCH&amp;year=2020")))
			.andExpect(content().string(containsString("Spanish")))
			.andExpect(content().string(containsString("show all")));
		mvc.perform(get("/library").param("q", word).param("kind", "RESEARCH").param("language", "es"))
			.andExpect(content().string(containsString("Facet " + word)));
		mvc.perform(get("/library").param("q", word).param("kind", "NEWSLETTER"))
			.andExpect(content().string(containsString("No resources")));
	}

	@Test
	void unknownFilterValuesAndHostileQueriesGiveASafePage() throws Exception {
		mvc.perform(get("/library").param("kind", "NOPE")
			.param("topic", "abc")
			.param("year", "2020x")
			.param("language", "fr")
			.param("page", "-3")).andExpect(status().isOk());
		mvc.perform(get("/library").param("q", "title:(a OR b) AND \"x ~2 [a TO z] *:*")).andExpect(status().isOk());
		mvc.perform(get("/library").param("q", "trust ".repeat(2_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only its first 200 characters were used")));
	}

	@Test
	void theSearchPageSpeaksSpanish() throws Exception {
		mvc.perform(get("/library").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Biblioteca de recursos")));
	}

}
