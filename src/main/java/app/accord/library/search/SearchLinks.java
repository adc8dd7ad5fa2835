package app.accord.library.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links of the search page that keep every other filter of the current search. */
public record SearchLinks(SearchQuery query) {

	public String with(String dimension, String value) {
		var builder = new StringBuilder();
		param(builder, "q", query.hasText() ? query.text() : null);
		param(builder, "kind", "kind".equals(dimension) ? value : name(query.kind()));
		param(builder, "topic", "topic".equals(dimension) ? value : str(query.topic()));
		param(builder, "language",
				"language".equals(dimension) ? value : query.language() == null ? null : query.language().code());
		param(builder, "year", "year".equals(dimension) ? value : str(query.year()));
		return "/library" + (builder.isEmpty() ? "" : "?" + builder.substring(1));
	}

	public String without(String dimension) {
		return with(dimension, null);
	}

	public String page(int page) {
		var link = with("", null);
		return link + (link.contains("?") ? "&" : "?") + "page=" + page;
	}

	public boolean selected(String dimension, String value) {
		return switch (dimension) {
			case "kind" -> value.equals(name(query.kind()));
			case "topic" -> value.equals(str(query.topic()));
			case "language" -> query.language() != null && value.equals(query.language().code());
			case "year" -> value.equals(str(query.year()));
			default -> false;
		};
	}

	private static void param(StringBuilder builder, String name, String value) {
		if (value != null && !value.isBlank()) {
			builder.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String str(Object value) {
		return value == null ? null : String.valueOf(value);
	}

}
