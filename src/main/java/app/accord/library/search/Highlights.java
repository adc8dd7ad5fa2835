package app.accord.library.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The words of a search marked in the text of the hits it found, at most
 * {@code maxHighlightChars} of each text looked at.
 */
final class Highlights {

	private final Analyzer analyzer;

	private final int maxHighlightChars;

	Highlights(Analyzer analyzer, int maxHighlightChars) {
		this.analyzer = analyzer;
		this.maxHighlightChars = maxHighlightChars;
	}

	/**
	 * A snippet per hit of the page, from the first of its bodies and summaries that
	 * matches; {@code null} for a hit that matched elsewhere only.
	 */
	String[] of(IndexSearcher searcher, Query query, TopDocs all, ScoreDoc[] page) throws IOException {
		var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
			.withMaxLength(maxHighlightChars)
			.withMaxNoHighlightPassages(0)
			// The JDK's sentence iterator is slow on long texts; a passage ends at a
			// period.
			.withBreakIterator(() -> new org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator('.'))
			.build();
		var fields = new String[] { "body_en", "body_es", "summary_en", "summary_es" };
		var passages = new int[fields.length];
		Arrays.fill(passages, 2);
		var topDocs = new TopDocs(all.totalHits, page);
		var byField = highlighter.highlightFields(fields, query, topDocs, passages);
		var snippets = new String[page.length];
		for (var i = 0; i < page.length; i++) {
			for (var field : fields) {
				var snippet = byField.get(field)[i];
				if (snippet != null && !snippet.isBlank()) {
					snippets[i] = snippet;
					break;
				}
			}
		}
		return snippets;
	}

}
