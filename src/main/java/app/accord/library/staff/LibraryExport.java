package app.accord.library.staff;

import app.accord.library.catalog.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.accord.shared.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue as CSV for staff. Cells a spreadsheet would read as a formula are
 * neutralised with a leading quote.
 */
@Component
class LibraryExport {

	private static final String[] HEADERS = { "library.export.id", "library.export.title", "library.export.kind",
			"library.export.language", "library.export.visibility", "library.export.topics", "library.export.authors",
			"library.export.audience", "library.export.publishedOn", "library.export.file", "library.export.link",
			"library.export.state", "library.export.downloads" };

	private final MessageSource messages;

	LibraryExport(MessageSource messages) {
		this.messages = messages;
	}

	String csv(List<Resource> resources, Locale locale) {
		var table = new ArrayList<List<String>>();
		var header = new ArrayList<String>();
		for (var key : HEADERS) {
			header.add(messages.getMessage(key, null, locale));
		}
		table.add(header);
		for (var r : resources) {
			table.add(List.of(String.valueOf(r.getId()), r.getTitle(), message(r.getKind().messageKey(), locale),
					message(r.getLanguage().messageKey(), locale), message(r.getVisibility().messageKey(), locale),
					r.getTopics().stream().map(t -> t.name(locale)).collect(Collectors.joining("; ")),
					orEmpty(r.getAuthors()), orEmpty(r.getAudience()),
					r.getPublishedOn() == null ? "" : r.getPublishedOn().toString(), orEmpty(r.getFileName()),
					orEmpty(r.getExternalUrl()), message(r.getIndexState().messageKey(), locale),
					String.valueOf(r.getDownloads())));
		}
		return Spreadsheets.csvWithBom(table);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

}
