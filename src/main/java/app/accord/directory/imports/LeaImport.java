package app.accord.directory.imports;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.accord.directory.LeaType;
import app.accord.directory.leas.County;
import app.accord.directory.leas.CountyRepository;
import app.accord.directory.leas.Lea;
import app.accord.directory.leas.LeaField;
import app.accord.directory.leas.LeaRepository;
import app.accord.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-imports LEAs from a newer file, in two steps: upload (stored, then previewed) and
 * apply (in one transaction). Upserts by CDS code and never deletes: an LEA the file does
 * not list is kept (it may have history elsewhere) and flagged.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class LeaImport {

	/** CDE's districts file is about 300 KB; anything near this is not one. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The header of Accord's own layout. */
	public static final List<String> SHIPPED_COLUMNS = LeaFile.SHIPPED_COLUMNS;

	/** The columns CDE's districts file must have (in any order, among others). */
	public static final List<String> CDE_COLUMNS = java.util.stream.Stream
		.concat(java.util.stream.Stream.of("CDSCode"), LeaFile.CDE_COLUMNS.stream())
		.toList();

	/** Uploads nobody applied are not kept forever. */
	private static final Duration KEEP_UPLOADS = Duration.ofDays(30);

	private final ImportFileRepository files;

	private final LeaRepository leas;

	private final CountyRepository counties;

	private final Clock clock;

	LeaImport(ImportFileRepository files, LeaRepository leas, CountyRepository counties) {
		this.files = files;
		this.leas = leas;
		this.counties = counties;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Stores an uploaded file for its preview.
	 * @throws InvalidUpload when the file is empty, too large or not text
	 */
	@Transactional
	public UUID upload(String filename, byte[] content, String user) {
		if (content == null || content.length == 0) {
			throw new InvalidUpload("directory.import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidUpload("directory.import.file.too-large");
		}
		decode(content);
		var now = this.clock.instant();
		this.files.deleteUploadedBefore(now.minus(KEEP_UPLOADS));
		var name = filename == null || filename.isBlank() ? "upload" : filename.strip();
		var file = new ImportFile(name.length() > 255 ? name.substring(0, 255) : name, content, user, now);
		return this.files.save(file).getId();
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(UUID id) {
		var file = find(id);
		return compare(file, parse(file), byCode());
	}

	/**
	 * Applies the file as it compares with the directory now (not as it did at preview
	 * time), so applying the same file twice changes nothing the second time.
	 * @throws ImportBlocked when the file has a wrong header or rejected rows
	 */
	@Transactional
	public ImportPreview apply(UUID id, String user) {
		var file = find(id);
		var parsed = parse(file);
		var existing = byCode();
		var preview = compare(file, parsed, existing);
		if (!preview.applicable()) {
			throw new ImportBlocked(preview);
		}
		var now = this.clock.instant();
		var countyByName = this.counties.findAll()
			.stream()
			.collect(Collectors.toMap(County::getName, Function.identity()));
		var changedCodes = preview.changes().stream().map(ImportPreview.Change::cdsCode).collect(Collectors.toSet());
		var added = new ArrayList<Lea>();
		for (var record : parsed.records()) {
			var lea = existing.get(record.cdsCode());
			if (lea == null) {
				added.add(new Lea(record, countyByName.get(record.county()), now));
			}
			else if (changedCodes.contains(record.cdsCode())) {
				lea.update(record, countyByName.get(record.county()), parsed.carried(), now);
			}
		}
		this.leas.saveAll(added);
		var flagged = 0;
		for (var missing : preview.missing()) {
			if (!missing.alreadyFlagged()) {
				existing.get(missing.cdsCode()).markMissingFromSource(now);
				flagged++;
			}
		}
		file.markApplied(user, now, added.size(), preview.changes().size(), flagged);
		return preview;
	}

	private ImportFile find(UUID id) {
		return this.files.findById(id).orElseThrow(() -> new NotFoundException("No uploaded file " + id));
	}

	private LeaFile.Parsed parse(ImportFile file) {
		var known = this.counties.findAll()
			.stream()
			.map(county -> new LeaFile.KnownCounty(county.getName(), county.getCdsCountyCode()))
			.toList();
		return new LeaFile(known).read(decode(file.getContent()));
	}

	private Map<String, Lea> byCode() {
		var all = this.leas.findAll((root, query, builder) -> builder.conjunction());
		var byCode = new HashMap<String, Lea>();
		all.forEach(lea -> byCode.put(lea.getCdsCode(), lea));
		return byCode;
	}

	private ImportPreview compare(ImportFile file, LeaFile.Parsed parsed, Map<String, Lea> existing) {
		if (parsed.hasHeaderProblem()) {
			return new ImportPreview(file, null, parsed.headerProblem(), parsed.missingColumns(), List.of(), List.of(),
					0, List.of(), List.of(), 0);
		}
		var additions = new ArrayList<ImportPreview.Addition>();
		var changes = new ArrayList<ImportPreview.Change>();
		var unchanged = 0;
		var inFile = new HashSet<String>();
		for (var record : parsed.records()) {
			inFile.add(record.cdsCode());
			var lea = existing.get(record.cdsCode());
			if (lea == null) {
				additions.add(new ImportPreview.Addition(record.line(), record.cdsCode(), record.name(), record.type(),
						record.county()));
				continue;
			}
			var fields = new ArrayList<ImportPreview.FieldChange>();
			for (var field : LeaField.values()) {
				if (parsed.carried().contains(field) && field.differs(lea, record)) {
					fields.add(new ImportPreview.FieldChange(field.messageKey(), display(field.stored(lea)),
							display(field.inFile(record)), false));
				}
			}
			if (lea.isMissingFromSource()) {
				fields.add(new ImportPreview.FieldChange("directory.field.inLatestFile",
						"directory.import.presence.missing", "directory.import.presence.listed", true));
			}
			if (fields.isEmpty()) {
				unchanged++;
			}
			else {
				changes.add(new ImportPreview.Change(record.line(), record.cdsCode(), record.name(), fields));
			}
		}
		var missing = existing.values()
			.stream()
			.filter(lea -> !inFile.contains(lea.getCdsCode()))
			.sorted(Comparator.comparing(Lea::getCdsCode))
			.map(lea -> new ImportPreview.Missing(lea.getCdsCode(), lea.getName(), lea.isMissingFromSource()))
			.toList();
		return new ImportPreview(file, parsed.layout(), null, List.of(), additions, changes, unchanged,
				parsed.rejections(), missing, parsed.skipped());
	}

	private static String display(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (value instanceof LeaType type) {
			return type.label();
		}
		return value.toString();
	}

	/**
	 * Text as UTF-8 (a byte-order mark is dropped); a file that is not valid UTF-8 is
	 * read as Windows-1252, which older CDE downloads use. Binary files are refused.
	 */
	static String decode(byte[] content) {
		for (var b : content) {
			if (b == 0) {
				throw new InvalidUpload("directory.import.file.not-text");
			}
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(content, Charset.forName("windows-1252"));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		var control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r').count();
		if (control > 0) {
			throw new InvalidUpload("directory.import.file.not-text");
		}
		return text;
	}

	/** An upload that is not a text file of a sensible size; the message key says why. */
	public static class InvalidUpload extends RuntimeException {

		public InvalidUpload(String messageKey) {
			super(messageKey);
		}

		public String messageKey() {
			return getMessage();
		}

	}

	/** Applying was refused because the file has problems; the preview lists them. */
	public static class ImportBlocked extends RuntimeException {

		private final transient ImportPreview preview;

		ImportBlocked(ImportPreview preview) {
			super("The file cannot be applied: it has a wrong header or rejected rows");
			this.preview = preview;
		}

		public ImportPreview preview() {
			return this.preview;
		}

	}

}
