package app.accord.library.search;

import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.Visibility;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of the library. Each resource's text goes into fields of its own
 * language ({@code title_en}, {@code body_es}, ...), analysed with that language's
 * stemmer; a query is parsed once per language and either may match. Facets are
 * sorted-set doc values, counted with drill-sideways so each facet ignores its own
 * filter.
 */
public class SearchIndex implements Closeable {

	public static final List<String> DIMENSIONS = List.of("kind", "topic", "language", "year");

	private static final String ID = "id";

	private static final String VISIBILITY = "visibility";

	private static final String PUBLISHED = "published";

	/** The text fields of each language, and how much a match in each counts. */
	static final Map<String, Float> BOOSTS = Map.of("title", 4f, "summary", 2f, "meta", 2f, "body", 1f);

	private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

	static {
		// Offsets in the postings let the highlighter find matches without re-analysing
		// long texts.
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT.freeze();
	}

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final FacetsConfig facets = new FacetsConfig();

	private final Map<ResourceLanguage, Analyzer> analyzers = new HashMap<>();

	private final TextQueries textQueries;

	private final Highlights highlights;

	private IndexReader stateReader;

	private SortedSetDocValuesReaderState state;

	public SearchIndex(Directory directory, int maxHighlightChars) throws IOException {
		this.directory = directory;
		facets.setMultiValued("topic", true);
		analyzers.put(ResourceLanguage.EN, new EnglishAnalyzer());
		analyzers.put(ResourceLanguage.ES, new SpanishAnalyzer());
		var perField = new HashMap<String, Analyzer>();
		for (var language : ResourceLanguage.values()) {
			for (var field : BOOSTS.keySet()) {
				perField.put(field + "_" + language.code(), analyzers.get(language));
			}
		}
		var analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
		this.textQueries = new TextQueries(analyzers);
		this.highlights = new Highlights(analyzer, maxHighlightChars);
		this.writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.searchers = new SearcherManager(writer, null);
	}

	/** Adds the resource or replaces what the index had of it. */
	void put(IndexedResource resource) {
		try {
			writer.updateDocument(new Term(ID, resource.key()), document(resource));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void remove(long id) {
		remove(IndexedResource.key(id, false));
	}

	/** Removes a document by its key (see {@link IndexedResource#key()}). */
	void remove(String key) {
		try {
			writer.deleteDocuments(new Term(ID, key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void clear() {
		try {
			writer.deleteAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes the changes durable and visible to searches. */
	void commit() {
		try {
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		try {
			var searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The keys of every resource and case study in the index. */
	java.util.Set<String> keys() {
		try {
			var searcher = searchers.acquire();
			try {
				var ids = new java.util.HashSet<String>();
				var stored = searcher.storedFields();
				var reader = searcher.getIndexReader();
				var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
				for (var doc = 0; doc < reader.maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						ids.add(stored.document(doc, Set.of(ID)).get(ID));
					}
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Document document(IndexedResource resource) throws IOException {
		var doc = new Document();
		doc.add(new StringField(ID, resource.key(), Field.Store.YES));
		doc.add(new StringField(VISIBILITY, resource.visibility().name(), Field.Store.NO));
		doc.add(new NumericDocValuesField(PUBLISHED,
				resource.publishedOn() == null ? Long.MIN_VALUE : resource.publishedOn().toEpochDay()));
		var language = resource.language().code();
		text(doc, "title_" + language, resource.title());
		text(doc, "summary_" + language, resource.summary());
		var meta = new ArrayList<String>();
		meta.add(resource.authors());
		meta.add(resource.audience());
		meta.addAll(resource.topicNames());
		text(doc, "meta_" + language, String.join(" · ", meta.stream().filter(m -> m != null).toList()));
		text(doc, "body_" + language, resource.text());
		doc.add(new SortedSetDocValuesFacetField("kind", resource.kind().name()));
		doc.add(new SortedSetDocValuesFacetField("language", language));
		for (var topic : resource.topicIds()) {
			doc.add(new SortedSetDocValuesFacetField("topic", String.valueOf(topic)));
		}
		if (resource.publishedOn() != null) {
			doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(resource.publishedOn().getYear())));
		}
		return facets.build(doc);
	}

	private static void text(Document doc, String field, String value) {
		if (value != null && !value.isBlank()) {
			doc.add(new Field(field, value, TEXT));
		}
	}

	public SearchResults search(SearchQuery query, boolean member) {
		try {
			var searcher = searchers.acquire();
			try {
				return search(searcher, query, member);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResults search(IndexSearcher searcher, SearchQuery query, boolean member) throws IOException {
		var textQuery = query.hasText() ? textQueries.parse(query.text()) : new MatchAllDocsQuery();
		if (textQuery == null || searcher.getIndexReader().numDocs() == 0) {
			return new SearchResults(0, List.of(), Map.of());
		}
		var base = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
		if (!member) {
			base.add(new TermQuery(new Term(VISIBILITY, Visibility.PUBLIC.name())), Occur.FILTER);
		}
		var drillDown = new DrillDownQuery(facets, base.build());
		if (query.kind() != null) {
			drillDown.add("kind", query.kind().name());
		}
		if (query.topic() != null) {
			drillDown.add("topic", String.valueOf(query.topic()));
		}
		if (query.language() != null) {
			drillDown.add("language", query.language().code());
		}
		if (query.year() != null) {
			drillDown.add("year", String.valueOf(query.year()));
		}
		var sideways = new DrillSideways(searcher, facets, state(searcher.getIndexReader()));
		var topN = query.page() * query.pageSize();
		var result = query.hasText() ? sideways.search(drillDown, topN) : sideways.search(drillDown, null, null, topN,
				new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC), false);
		var counts = new LinkedHashMap<String, List<SearchResults.FacetCount>>();
		for (var dimension : DIMENSIONS) {
			FacetResult facet;
			try {
				facet = result.facets.getTopChildren(100, dimension);
			}
			catch (IllegalArgumentException ex) {
				// No resource has a value for this dimension yet.
				facet = null;
			}
			var values = new ArrayList<SearchResults.FacetCount>();
			if (facet != null) {
				for (var label : facet.labelValues) {
					values.add(new SearchResults.FacetCount(label.label, label.value.longValue()));
				}
			}
			counts.put(dimension, values);
		}
		var all = result.hits.scoreDocs;
		var from = Math.min(all.length, (query.page() - 1) * query.pageSize());
		var page = Arrays.copyOfRange(all, from, all.length);
		var snippets = query.hasText() ? highlights.of(searcher, textQuery, result.hits, page) : null;
		var hits = new ArrayList<SearchResults.Hit>();
		var stored = searcher.storedFields();
		for (var i = 0; i < page.length; i++) {
			var key = stored.document(page[i].doc, Set.of(ID)).get(ID);
			var caseStudy = key.startsWith(IndexedResource.CASE_STUDY_KEY);
			var id = Long.parseLong(caseStudy ? key.substring(IndexedResource.CASE_STUDY_KEY.length()) : key);
			hits.add(new SearchResults.Hit(id, caseStudy, snippets == null ? null : snippets[i]));
		}
		return new SearchResults(result.hits.totalHits.value, hits, counts);
	}

	private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
		if (reader != stateReader) {
			state = new DefaultSortedSetDocValuesReaderState(reader, facets);
			stateReader = reader;
		}
		return state;
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
