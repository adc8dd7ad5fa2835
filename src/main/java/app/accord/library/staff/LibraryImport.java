package app.accord.library.staff;

import app.accord.library.catalog.LibraryRuleViolation;
import app.accord.library.catalog.ResourceCatalog;
import app.accord.library.catalog.ResourceDetails;
import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.uploads.StoredFile;
import app.accord.library.catalog.Topic;
import app.accord.library.catalog.TopicRepository;
import app.accord.library.uploads.UploadRejected;
import app.accord.library.uploads.Uploads;
import app.accord.library.catalog.Visibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;

import app.accord.shared.validation.SensibleDate;
import app.accord.shared.validation.SensibleDateValidator;
import app.accord.shared.validation.WebAddressValidator;
import app.accord.shared.Csv;

import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Staff import a catalogue: a zip with {@code catalogue.csv} and the files it names. The
 * zip is read entry by entry ({@link ZipInputStream}); each file is streamed to a
 * temporary file with the upload limit as its cap (a zip bomb stops there), so memory
 * holds the catalogue's text and never a file; the temporary files are removed at the
 * end. Then each row is checked and published on its own, through the same upload checks
 * and catalogue rules as the form: a row with a problem is reported with its reason and
 * nothing of it is kept.
 */
@Service
class LibraryImport {

	static final String CATALOGUE = "catalogue.csv";

	static final List<String> REQUIRED = List.of("title", "kind", "language", "visibility", "file");

	private static final int MAX_ENTRIES = 5000;

	private static final long MAX_CATALOGUE_BYTES = 10L * 1024 * 1024;

	/** All files of one zip together, once expanded. */
	private static final long MAX_TOTAL_BYTES = 4L * 1024 * 1024 * 1024;

	private final Uploads uploads;

	private final ResourceCatalog catalog;

	private final TopicRepository topics;

	LibraryImport(Uploads uploads, ResourceCatalog catalog, TopicRepository topics) {
		this.uploads = uploads;
		this.catalog = catalog;
		this.topics = topics;
	}

	/** A row that was not imported: its line in the CSV, its title, and why. */
	record Rejected(int line, String title, String messageKey, Object[] arguments) {
	}

	/**
	 * What happened: the resources imported, the rows rejected, or a problem with the zip
	 * as a whole (then nothing was imported).
	 */
	record Report(List<Long> imported, List<Rejected> rejected, String problemKey, Object[] problemArguments) {

		static Report problem(String key, Object... arguments) {
			return new Report(List.of(), List.of(), key, arguments);
		}

	}

	private static final class RowRejected extends Exception {

		private final String messageKey;

		private final transient Object[] arguments;

		RowRejected(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

	}

	Report importZip(InputStream zipContent) throws IOException {
		var directory = Files.createTempDirectory("accord-import-");
		try {
			String catalogue = null;
			var files = new HashMap<String, Path>();
			var entries = 0;
			long total = 0;
			try (var zip = new ZipInputStream(zipContent, StandardCharsets.UTF_8)) {
				for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					if (entry.isDirectory()) {
						continue;
					}
					if (++entries > MAX_ENTRIES) {
						return Report.problem("library.import.tooMany", MAX_ENTRIES);
					}
					var name = baseName(entry.getName());
					if (name.equalsIgnoreCase(CATALOGUE)) {
						var spooled = directory.resolve("catalogue.csv");
						if (copy(zip, spooled, MAX_CATALOGUE_BYTES) > MAX_CATALOGUE_BYTES) {
							return Report.problem("library.import.catalogueTooLarge");
						}
						catalogue = Files.readString(spooled, StandardCharsets.UTF_8);
						continue;
					}
					// Named by a counter, never by the entry's name. A file over the
					// limit (or a
					// zip that expands beyond reason) stops the import: the rest of the
					// entry
					// is not even inflated.
					var spooled = directory.resolve("entry-" + entries);
					var size = copy(zip, spooled, uploads.maxBytes());
					if (size > uploads.maxBytes()) {
						return Report.problem("library.import.fileTooLarge", name, uploads.maxBytes() / (1024 * 1024));
					}
					total += size;
					if (total > MAX_TOTAL_BYTES) {
						return Report.problem("library.import.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024 * 1024));
					}
					files.put(name, spooled);
				}
			}
			catch (java.util.zip.ZipException | IllegalArgumentException ex) {
				return Report.problem("library.import.notZip");
			}
			if (catalogue == null) {
				return Report.problem("library.import.noCatalogue");
			}
			return publish(Csv.parse(catalogue), files);
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	private Report publish(List<List<String>> rows, Map<String, Path> files) throws IOException {
		if (rows.isEmpty()) {
			return Report.problem("library.import.columns", String.join(", ", REQUIRED));
		}
		var columns = new HashMap<String, Integer>();
		var header = rows.get(0);
		for (var i = 0; i < header.size(); i++) {
			columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		if (!columns.keySet().containsAll(REQUIRED)) {
			return Report.problem("library.import.columns", String.join(", ", REQUIRED));
		}
		var imported = new ArrayList<Long>();
		var rejected = new ArrayList<Rejected>();
		var known = topics.findAll();
		for (var i = 1; i < rows.size(); i++) {
			var row = rows.get(i);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			var line = i + 1;
			var title = cell(row, columns, "title");
			try {
				imported.add(publish(row, columns, files, known));
			}
			catch (RowRejected ex) {
				rejected.add(new Rejected(line, title, ex.messageKey, ex.arguments));
			}
			catch (UploadRejected ex) {
				rejected.add(new Rejected(line, title, ex.messageKey(), ex.arguments()));
			}
			catch (LibraryRuleViolation ex) {
				rejected.add(new Rejected(line, title, ex.messageKey(), new Object[0]));
			}
		}
		return new Report(imported, rejected, null, null);
	}

	private long publish(List<String> row, Map<String, Integer> columns, Map<String, Path> files, List<Topic> known)
			throws RowRejected, UploadRejected, IOException {
		var title = cell(row, columns, "title");
		if (title.isBlank()) {
			throw new RowRejected("library.import.row.title");
		}
		var summary = cell(row, columns, "summary");
		if (title.length() > 300 || summary.length() > 4000) {
			throw new RowRejected("library.import.row.tooLong");
		}
		var kindText = cell(row, columns, "kind");
		ResourceKind kind;
		try {
			kind = ResourceKind.valueOf(kindText.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new RowRejected("library.import.row.kind", kindText);
		}
		var languageText = cell(row, columns, "language");
		var language = ResourceLanguage.ofCode(languageText.trim())
			.orElseThrow(() -> new RowRejected("library.import.row.language", languageText));
		var visibilityText = cell(row, columns, "visibility");
		Visibility visibility;
		try {
			visibility = Visibility.valueOf(visibilityText.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RowRejected("library.import.row.visibility", visibilityText);
		}
		var topicIds = new HashSet<Long>();
		for (var name : cell(row, columns, "topics").split("[;|]")) {
			if (name.isBlank()) {
				continue;
			}
			var topic = known.stream()
				.filter(t -> t.getNameEn().equalsIgnoreCase(name.trim()) || t.getNameEs().equalsIgnoreCase(name.trim()))
				.findFirst()
				.orElseThrow(() -> new RowRejected("library.import.row.topic", name.trim()));
			topicIds.add(topic.getId());
		}
		var dateText = cell(row, columns, "published").trim();
		LocalDate publishedOn = null;
		if (!dateText.isEmpty()) {
			try {
				publishedOn = LocalDate.parse(dateText);
			}
			catch (DateTimeParseException ex) {
				throw new RowRejected("library.import.row.date", dateText);
			}
			if (!SensibleDateValidator.isSensible(publishedOn, SensibleDate.EARLIEST_PUBLISHED_YEAR)) {
				throw new RowRejected("validation.date.published");
			}
		}
		var file = cell(row, columns, "file").trim();
		String link = null;
		StoredFile stored = null;
		if (file.isEmpty()) {
			throw new RowRejected("library.import.row.fileOrLink");
		}
		if (file.regionMatches(true, 0, "http://", 0, 7) || file.regionMatches(true, 0, "https://", 0, 8)) {
			if (file.length() > 2000 || !WebAddressValidator.isWebAddress(file)) {
				throw new RowRejected("library.form.externalUrl.invalid");
			}
			link = file;
		}
		else {
			var name = baseName(file);
			var spooled = files.get(name);
			if (spooled == null) {
				throw new RowRejected("library.import.row.fileMissing", file);
			}
			try (var in = Files.newInputStream(spooled)) {
				stored = uploads.accept(name, in);
			}
		}
		var details = new ResourceDetails(title.trim(), summary.trim(), kind, language, null, "", "", publishedOn,
				visibility, link, topicIds);
		// Publishing removes the stored file again if the resource is refused.
		return catalog.publish(details, stored);
	}

	private static String cell(List<String> row, Map<String, Integer> columns, String column) {
		var index = columns.get(column);
		return index == null || index >= row.size() || row.get(index) == null ? "" : row.get(index);
	}

	private static String baseName(String entryName) {
		var name = entryName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	/** Copies at most {@code limit + 1} bytes and returns how many were copied. */
	private static long copy(InputStream in, Path target, long limit) throws IOException {
		var buffer = new byte[64 * 1024];
		long copied = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			while (copied <= limit) {
				var read = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - copied));
				if (read < 0) {
					break;
				}
				out.write(buffer, 0, read);
				copied += read;
			}
		}
		return copied;
	}

}
