package app.accord.library.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, best first, and the facet counts of the whole result (each facet
 * counted as if its own filter were not set, so other values stay one click away).
 *
 * @param facets per dimension (kind, topic, language, year) the values and their counts
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

	/**
	 * @param caseStudy whether {@code id} is a case study's rather than a resource's
	 * @param snippet HTML-escaped text with the matches in {@code <mark>}
	 */
	public record Hit(long id, boolean caseStudy, String snippet) {
	}

	public record FacetCount(String value, long count) {
	}

}
