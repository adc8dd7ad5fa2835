package app.accord.library.search;

import app.accord.library.catalog.ResourceLanguage;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What someone typed in the search box as a Lucene query over the text fields of every
 * language ({@link SearchIndex#BOOSTS}), each analysed with its language's stemmer; all
 * words must match in one language. {@code null} when nothing searchable was typed.
 */
final class TextQueries {

	private final Map<ResourceLanguage, Analyzer> analyzers;

	TextQueries(Map<ResourceLanguage, Analyzer> analyzers) {
		this.analyzers = Map.copyOf(analyzers);
	}

	/**
	 * The words as typed, once per language: Lucene's operators are taken literally,
	 * except balanced double quotes, which keep asking for a phrase.
	 */
	Query parse(String text) {
		var lowered = text.toLowerCase(Locale.ROOT);
		var query = parseEscaped(escape(lowered, lowered.chars().filter(c -> c == '"').count() % 2 == 0));
		return query != null ? query : parseEscaped(escape(lowered, false));
	}

	private Query parseEscaped(String escaped) {
		try {
			var either = new BooleanQuery.Builder();
			var clauses = 0;
			for (var language : ResourceLanguage.values()) {
				var fields = SearchIndex.BOOSTS.keySet()
					.stream()
					.map(field -> field + "_" + language.code())
					.toArray(String[]::new);
				var boosts = new HashMap<String, Float>();
				SearchIndex.BOOSTS.forEach((field, boost) -> boosts.put(field + "_" + language.code(), boost));
				var parser = new MultiFieldQueryParser(fields, analyzers.get(language), boosts);
				parser.setDefaultOperator(QueryParser.Operator.AND);
				var parsed = parser.parse(escaped);
				if (parsed != null && !(parsed instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
					either.add(parsed, Occur.SHOULD);
					clauses++;
				}
			}
			return clauses == 0 ? null : either.build();
		}
		catch (ParseException | IndexSearcher.TooManyClauses ex) {
			return null;
		}
	}

	private static String escape(String text, boolean keepQuotes) {
		var out = new StringBuilder(text.length() + 8);
		for (var c : text.toCharArray()) {
			if (c == '"' && keepQuotes) {
				out.append(c);
			}
			else if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
				out.append('\\').append(c);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
