package app.accord.library.search;

import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;

/**
 * A search as the URL carries it: words and one value per facet, each optional.
 *
 * @param text the words as typed (already shortened to {@link #MAX_TEXT})
 * @param page 1-based
 */
public record SearchQuery(String text, ResourceKind kind, Long topic, ResourceLanguage language, Integer year, int page,
		int pageSize) {

	public static final int MAX_TEXT = 200;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		page = Math.max(1, Math.min(page, 500));
		pageSize = Math.max(1, Math.min(pageSize, 100));
	}

	public static SearchQuery text(String text) {
		return new SearchQuery(text, null, null, null, null, 1, 20);
	}

	public boolean hasText() {
		return !text.isBlank();
	}

}
