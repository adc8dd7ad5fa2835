package app.accord.outreach.staff;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Plain text as safe HTML in which web addresses are links, so that staff can follow a
 * sign-in link from the Outgoing mail page. Everything is escaped; only {@code http} and
 * {@code https} addresses become anchors.
 */
final class LinkedText {

	// Stops at white space and at characters that cannot be part of an address in prose.
	private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>\"'`\\p{Cntrl}]+");

	private static final String TRAILING = ".,;:!?)]}*";

	private LinkedText() {
	}

	static String html(String text) {
		if (text == null) {
			return "";
		}
		var html = new StringBuilder(text.length() + 64);
		var matcher = URL.matcher(text);
		int from = 0;
		while (matcher.find()) {
			int end = trimmedEnd(text, matcher.start(), matcher.end());
			if (text.indexOf("//", matcher.start()) + 2 >= end) {
				continue; // only a scheme, no host
			}
			html.append(escape(text.substring(from, matcher.start())));
			var url = escape(text.substring(matcher.start(), end));
			html.append("<a href=\"")
				.append(url)
				.append("\" rel=\"noopener noreferrer nofollow\">")
				.append(url)
				.append("</a>");
			from = end;
		}
		html.append(escape(text.substring(from)));
		return html.toString();
	}

	/**
	 * Punctuation that ends a sentence is not part of the address; a closing parenthesis
	 * is, when the address opened it (as in Wikipedia links).
	 */
	private static int trimmedEnd(String text, int start, int end) {
		while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
			char last = text.charAt(end - 1);
			if (last == ')' && count(text, start, end, '(') >= count(text, start, end, ')')) {
				break;
			}
			end--;
		}
		return end;
	}

	private static long count(String text, int start, int end, char c) {
		return text.substring(start, end).chars().filter(ch -> ch == c).count();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
