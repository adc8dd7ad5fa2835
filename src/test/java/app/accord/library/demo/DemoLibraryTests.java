package app.accord.library.demo;

import app.accord.library.search.IndexState;
import app.accord.library.catalog.LibraryTestData;
import app.accord.library.search.SearchIndex;
import app.accord.library.search.SearchQuery;
import app.accord.library.search.SearchResults;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The demo library is created once, its files' text becomes searchable in both languages,
 * and a second run changes nothing. Runs in the shared context (the demo profile is off).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoLibraryTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LibraryTestData data;

	@Autowired
	SearchIndex index;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoLibraryIsCreatedOnceAndItsFilesAreSearchable() throws Exception {
		var demo = context.getAutowireCapableBeanFactory().createBean(DemoLibrary.class);
		demo.createSampleData();
		var count = count("select count(*) from library_resource");
		var caseStudies = count("select count(*) from library_case_study");
		demo.createSampleData();
		assertThat(count("select count(*) from library_resource")).isEqualTo(count);
		assertThat(count("select count(*) from library_case_study")).isEqualTo(caseStudies);
		assertThat(jdbc.queryForList("select lea_cds_code from library_case_study", String.class))
			.contains("19757130000000", "34674470000000", "19649070000000", "27659610000000");
		var guide = jdbc.queryForObject("select id from library_resource where title = ?", Long.class,
				DemoLibrary.GUIDEBOOK);
		assertThat(data.settled(guide).getIndexState()).isEqualTo(IndexState.INDEXED);
		for (var id : jdbc.queryForList("select id from library_resource where index_state = 'PENDING'", Long.class)) {
			data.settled(id);
		}
		// Only in the guidebook PDF's text, not in its metadata.
		assertThat(index.search(SearchQuery.text("consulting teachers governance"), false).hits())
			.extracting(SearchResults.Hit::id)
			.contains(guide);
		assertThat(index.search(SearchQuery.text("maestros consultores"), false).total()).isGreaterThanOrEqualTo(2);
		var alhambra = jdbc.queryForObject("select min(id) from library_case_study where lea_cds_code = ?", Long.class,
				"19757130000000");
		mvc.perform(get("/library").param("q", "Alhambra"))
			.andExpect(content().string(containsString("href=\"/library/case-studies/" + alhambra + "\"")))
			.andExpect(content().string(containsString("Case study")));
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
