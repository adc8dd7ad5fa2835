package app.accord.library.search;

import app.accord.library.catalog.LibraryTestData;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.uploads.TestFiles;
import app.accord.library.catalog.Visibility;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class LibraryIndexerTests {

	@Autowired
	LibraryTestData data;

	@Autowired
	LibraryIndexer indexer;

	@Autowired
	SearchIndex index;

	@Test
	void aLostIndexIsRebuiltFromTheDatabaseOnStartIncludingTheFilesText() {
		var word = LibraryTestData.uniqueWord();
		var id = data.withFile(LibraryTestData.details("Rebuilt", ResourceLanguage.EN, Visibility.PUBLIC),
				"rebuilt.pdf", TestFiles.pdf("Text only inside the file: " + word));
		data.settled(id);
		index.clear();
		index.commit();
		assertThat(index.search(SearchQuery.text(word), true).total()).isZero();
		indexer.onStart();
		assertThat(index.search(SearchQuery.text(word), true).hits()).extracting(SearchResults.Hit::id)
			.containsExactly(id);
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void changesAndRemovalsMadeByAnotherNodeAreCaughtUp() {
		indexer.onStart();
		var word = LibraryTestData.uniqueWord();
		var id = data.link(LibraryTestData.details("Before", ResourceLanguage.EN, Visibility.PUBLIC));
		// Another node changes the title in the database: this node's index does not
		// know.
		jdbc.update("update library_resource set title = ?, updated_at = current_timestamp where id = ?",
				"After " + word, id);
		assertThat(index.search(SearchQuery.text(word), true).total()).isZero();
		indexer.catchUp();
		assertThat(index.search(SearchQuery.text(word), true).hits()).extracting(SearchResults.Hit::id)
			.containsExactly(id);
		jdbc.update("delete from library_resource where id = ?", id);
		indexer.catchUp();
		assertThat(index.search(SearchQuery.text(word), true).total()).isZero();
	}

	@Test
	void caseStudiesWrittenChangedOrRemovedByAnotherNodeAreCaughtUpAndRebuiltOnStart() {
		indexer.onStart();
		var word = LibraryTestData.uniqueWord();
		// Another node writes a case study: this node's index does not know.
		jdbc.update("""
				insert into library_case_study (lea_cds_code, lea_name, title, what_led, into_practice, impact,
				  challenges, visibility, updated_at)
				values ('19757130000000', 'Alhambra Unified', ?, 'What led', 'Practice', 'Impact', 'Challenges',
				  'PUBLIC', current_timestamp)""", "Elsewhere " + word);
		var id = jdbc.queryForObject("select id from library_case_study where title = ?", Long.class,
				"Elsewhere " + word);
		assertThat(index.search(SearchQuery.text(word), false).total()).isZero();
		indexer.catchUp();
		assertThat(index.search(SearchQuery.text(word), false).hits())
			.extracting(SearchResults.Hit::id, SearchResults.Hit::caseStudy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id, true));
		jdbc.update("update library_case_study set visibility = 'MEMBERS', updated_at = current_timestamp where id = ?",
				id);
		indexer.catchUp();
		assertThat(index.search(SearchQuery.text(word), false).total()).isZero();
		assertThat(index.search(SearchQuery.text(word), true).total()).isOne();
		index.clear();
		index.commit();
		indexer.onStart();
		assertThat(index.search(SearchQuery.text(word), true).hits()).extracting(SearchResults.Hit::id)
			.containsExactly(id);
		jdbc.update("delete from library_case_study where id = ?", id);
		indexer.catchUp();
		assertThat(index.search(SearchQuery.text(word), true).total()).isZero();
	}

}
