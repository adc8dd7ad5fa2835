package app.accord.library.search;

import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.Visibility;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTests {

	SearchIndex index;

	@BeforeEach
	void open() throws IOException {
		index = new SearchIndex(new ByteBuffersDirectory(), 100_000);
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	private void put(long id, String title, ResourceKind kind, ResourceLanguage language, Visibility visibility,
			int year, String text, Long... topics) {
		index.put(new IndexedResource(id, title, null, kind, language, null, null, List.of(topics), List.of(),
				LocalDate.of(year, 1, 15), visibility, text));
	}

	private List<Long> ids(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::id).toList();
	}

	@Test
	void spanishWordsAreFoundInTheirOtherForms() {
		put(1, "Evaluaciones entre pares", ResourceKind.GUIDEBOOK, ResourceLanguage.ES, Visibility.PUBLIC, 2020,
				"Las maestras colaboran en la evaluación de sus prácticas.");
		put(2, "Peer review", ResourceKind.GUIDEBOOK, ResourceLanguage.EN, Visibility.PUBLIC, 2020,
				"Teachers collaborate.");
		index.commit();
		assertThat(ids(index.search(SearchQuery.text("evaluación"), false))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.text("evaluaciones"), false))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.text("maestra"), false))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.text("colaboración"), false))).isEmpty();
		assertThat(ids(index.search(SearchQuery.text("collaborating"), false))).containsExactly(2L);
	}

	@Test
	void englishStemmingAndStopWordsLetAPhraseLikeQueryMatch() {
		put(1, "Guidebook", ResourceKind.GUIDEBOOK, ResourceLanguage.EN, Visibility.PUBLIC, 2019,
				"Peer Assistance and Review programs assist new teachers.");
		index.commit();
		assertThat(ids(index.search(SearchQuery.text("peer assistance and review"), false))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.text("\"peer assistance and review\""), false))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.text("program"), false))).containsExactly(1L);
	}

	@Test
	void titlesRankAboveMentionsInTheText() {
		put(1, "A general guide", ResourceKind.GUIDEBOOK, ResourceLanguage.EN, Visibility.PUBLIC, 2019,
				"Somewhere deep inside it mentions trust once among many other words about budgets and schedules.");
		put(2, "Building trust", ResourceKind.TOOL, ResourceLanguage.EN, Visibility.PUBLIC, 2019, "A short tool.");
		index.commit();
		assertThat(ids(index.search(SearchQuery.text("trust"), false))).containsExactly(2L, 1L);
	}

	@Test
	void facetsCountTheResultsAndEachIgnoresItsOwnFilter() {
		put(1, "Trust one", ResourceKind.GUIDEBOOK, ResourceLanguage.EN, Visibility.PUBLIC, 2019, "", 7L);
		put(2, "Trust two", ResourceKind.RESEARCH, ResourceLanguage.EN, Visibility.PUBLIC, 2020, "", 7L, 8L);
		put(3, "Trust three", ResourceKind.RESEARCH, ResourceLanguage.EN, Visibility.PUBLIC, 2020, "");
		put(4, "Confianza", ResourceKind.RESEARCH, ResourceLanguage.ES, Visibility.PUBLIC, 2021, "");
		index.commit();
		var all = index.search(SearchQuery.text("trust"), false);
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.facets().get("kind")).contains(new SearchResults.FacetCount("RESEARCH", 2),
				new SearchResults.FacetCount("GUIDEBOOK", 1));
		assertThat(all.facets().get("topic")).contains(new SearchResults.FacetCount("7", 2),
				new SearchResults.FacetCount("8", 1));
		assertThat(all.facets().get("year")).contains(new SearchResults.FacetCount("2020", 2),
				new SearchResults.FacetCount("2019", 1));
		var research = index.search(new SearchQuery("trust", ResourceKind.RESEARCH, null, null, null, 1, 20), false);
		assertThat(ids(research)).containsExactlyInAnyOrder(2L, 3L);
		// The kind facet still offers the guidebook while research is chosen.
		assertThat(research.facets().get("kind")).contains(new SearchResults.FacetCount("GUIDEBOOK", 1));
		assertThat(research.facets().get("year")).containsExactly(new SearchResults.FacetCount("2020", 2));
		var byTopic = index.search(new SearchQuery("", null, 8L, null, null, 1, 20), false);
		assertThat(ids(byTopic)).containsExactly(2L);
		var byLanguage = index.search(new SearchQuery("", null, null, ResourceLanguage.ES, 2021, 1, 20), false);
		assertThat(ids(byLanguage)).containsExactly(4L);
	}

	@Test
	void membersOnlyResourcesAreFoundOnlyForMembers() {
		put(1, "Open budget", ResourceKind.TOOL, ResourceLanguage.EN, Visibility.PUBLIC, 2020, "");
		put(2, "Closed budget", ResourceKind.TOOL, ResourceLanguage.EN, Visibility.MEMBERS, 2020, "");
		index.commit();
		assertThat(ids(index.search(SearchQuery.text("budget"), false))).containsExactly(1L);
		assertThat(ids(index.search(SearchQuery.text("budget"), true))).containsExactlyInAnyOrder(1L, 2L);
		assertThat(index.search(SearchQuery.text("budget"), false).facets().get("kind"))
			.containsExactly(new SearchResults.FacetCount("TOOL", 1));
	}

	@Test
	void luceneSyntaxAndVeryLongQueriesGiveASafeResult() {
		put(1, "C++ (and) review: a guide", ResourceKind.TOOL, ResourceLanguage.EN, Visibility.PUBLIC, 2020, "");
		index.commit();
		for (var text : List.of("review:*", "\"unbalanced", "(((", "AND OR NOT", "*", "~2 ^3 [a TO b]", "a/b\\c",
				"review AND", "x".repeat(10_000), "word ".repeat(2_000), "\"\"")) {
			var results = index.search(SearchQuery.text(text), false);
			assertThat(results.total()).isGreaterThanOrEqualTo(0);
		}
		assertThat(ids(index.search(SearchQuery.text("review:"), false))).containsExactly(1L);
	}

	@Test
	void snippetsAreEscapedAndMarkTheMatches() {
		put(1, "Notes", ResourceKind.TOOL, ResourceLanguage.EN, Visibility.PUBLIC, 2020,
				"<script>alert(1)</script> The learning team met monthly.");
		index.commit();
		var snippet = index.search(SearchQuery.text("monthly"), false).hits().get(0).snippet();
		assertThat(snippet).contains("<mark>monthly</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void aRemovedResourceIsNoLongerFound() {
		put(1, "Gone", ResourceKind.TOOL, ResourceLanguage.EN, Visibility.PUBLIC, 2020, "");
		index.commit();
		index.remove(1);
		index.commit();
		assertThat(index.search(SearchQuery.text("gone"), false).total()).isZero();
		assertThat(index.size()).isZero();
	}

}
