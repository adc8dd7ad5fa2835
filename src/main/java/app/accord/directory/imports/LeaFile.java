package app.accord.directory.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.accord.directory.LeaType;
import app.accord.directory.leas.County;
import app.accord.directory.leas.LeaField;
import app.accord.directory.leas.LeaRecord;
import app.accord.shared.Csv;

/**
 * Reads a file of LEAs in one of two layouts, told apart by the header: Accord's own (the
 * shipped {@code ca-leas.csv}) or CDE's public districts file ({@code pubdistricts.txt},
 * tab-delimited). Every row is checked; a row that fails is reported with its line and
 * reason rather than dropped silently.
 */
public final class LeaFile {

	static final List<String> SHIPPED_COLUMNS = List.of("cds_code", "name", "type", "county", "city", "zip", "latitude",
			"longitude", "school_count", "enrollment", "frpm_percent", "nces_district_id", "doc_code",
			"charter_school_count", "charter_enrollment", "frpm_count", "street", "phone");

	/**
	 * CDE's newer files name the code column CDSCode (14 digits), older ones "CD Code"
	 * (7).
	 */
	static final List<String> CDE_COLUMNS = List.of("County", "District", "Street", "City", "Zip", "Phone", "DOC",
			"StatusType", "Latitude", "Longitude");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern ZIP = Pattern.compile("(\\d{5})(-?\\d{4})?");

	public enum Layout {

		/** Accord's layout: every field. */
		SHIPPED(EnumSet.allOf(LeaField.class)),

		/** CDE's districts file: no school counts, enrollment or meal figures. */
		CDE_DISTRICTS(EnumSet.of(LeaField.NAME, LeaField.TYPE, LeaField.COUNTY, LeaField.STREET, LeaField.CITY,
				LeaField.ZIP, LeaField.PHONE, LeaField.LATITUDE, LeaField.LONGITUDE, LeaField.DOC_CODE));

		private final Set<LeaField> carries;

		Layout(Set<LeaField> carries) {
			this.carries = carries;
		}

		public Set<LeaField> carries() {
			return this.carries;
		}

		public String messageKey() {
			return "directory.import.layout." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * The outcome of reading a file: either a header problem (nothing else is read) or
	 * the records and rejected rows.
	 *
	 * @param skipped rows of a CDE file outside the directory (closed, or not an LEA kind
	 * the directory lists)
	 */
	record Parsed(Layout layout, Set<LeaField> carried, List<LeaRecord> records, List<Rejection> rejections,
			int skipped, String headerProblem, List<String> missingColumns) {

		boolean hasHeaderProblem() {
			return this.headerProblem != null;
		}

		static Parsed wrongHeader(String problem, List<String> missingColumns) {
			return new Parsed(null, Set.of(), List.of(), List.of(), 0, problem, missingColumns);
		}

	}

	/** A county as the file may name it, with its 2-digit CDS county code. */
	record KnownCounty(String name, String cdsCountyCode) {
	}

	private final Map<String, KnownCounty> counties = new HashMap<>();

	LeaFile(List<KnownCounty> counties) {
		counties.forEach(county -> this.counties.put(county.name().toLowerCase(Locale.ROOT), county));
	}

	Parsed read(String text) {
		var firstLineEnd = text.indexOf('\n');
		var firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		if (firstLine.isBlank()) {
			return Parsed.wrongHeader("directory.import.header.empty", List.of());
		}
		var tabbed = firstLine.indexOf('\t') >= 0;
		var rows = tabbed ? rows(text, '\t', false) : rows(text, ',', true);
		var header = rows.get(0).cells().stream().map(String::trim).toList();
		return tabbed ? readCde(header, rows.subList(1, rows.size()))
				: readShipped(header, rows.subList(1, rows.size()));
	}

	/** The rows of a delimited text, without blank ones (which carry no LEA). */
	static List<Csv.Row> rows(String text, char delimiter, boolean quoting) {
		return Csv.rows(text, delimiter, quoting).stream().filter(row -> !row.isBlank()).toList();
	}

	private Parsed readShipped(List<String> header, List<Csv.Row> rows) {
		var columns = columns(header, false);
		var missing = SHIPPED_COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			return Parsed.wrongHeader("directory.import.header.wrong", missing);
		}
		var records = new ArrayList<LeaRecord>();
		var rejections = new ArrayList<Rejection>();
		var seen = new HashMap<String, Integer>();
		for (var row : rows) {
			try {
				var cells = new Cells(row, columns, header.size(), false, "cds_code");
				var cds = cells.required("cds_code");
				if (!cds.matches("\\d{14}")) {
					throw cells.reject("directory.import.reject.cds", cds);
				}
				var type = LeaType.parse(cells.required("type"))
					.orElseThrow(() -> cells.reject("directory.import.reject.type", cells.text("type")));
				var docCode = cells.text("doc_code");
				if (docCode != null && !type.docCode().equals(docCode)) {
					throw cells.reject("directory.import.reject.doc-mismatch", docCode, type.label());
				}
				records.add(record(cells, cds, cells.required("name"), type, cells.required("county"),
						cells.text("city"), cells.text("zip"), cells.text("street"), cells.text("phone"),
						cells.text("latitude"), cells.text("longitude"), cells.integer("school_count"),
						cells.integer("charter_school_count"), cells.integer("enrollment"),
						cells.integer("charter_enrollment"), cells.integer("frpm_count"),
						cells.decimal("frpm_percent", 1, BigDecimal.ZERO, BigDecimal.valueOf(100)),
						cells.text("nces_district_id"), type.docCode(), seen));
			}
			catch (RowRejected ex) {
				rejections.add(ex.rejection);
			}
		}
		return new Parsed(Layout.SHIPPED, Layout.SHIPPED.carries(), records, rejections, 0, null, List.of());
	}

	private Parsed readCde(List<String> header, List<Csv.Row> rows) {
		var columns = columns(header, true);
		var missing = new ArrayList<String>();
		var codeColumn = columns.containsKey("cdscode") ? "cdscode" : columns.containsKey("cd code") ? "cd code" : null;
		if (codeColumn == null) {
			missing.add("CDSCode");
		}
		CDE_COLUMNS.stream()
			.filter(column -> !columns.containsKey(column.toLowerCase(Locale.ROOT)))
			.forEach(missing::add);
		if (!missing.isEmpty()) {
			return Parsed.wrongHeader("directory.import.header.wrong", missing);
		}
		var carried = EnumSet.copyOf(Layout.CDE_DISTRICTS.carries());
		var hasNces = columns.containsKey("ncesdist");
		if (hasNces) {
			carried.add(LeaField.NCES_DISTRICT_ID);
		}
		var records = new ArrayList<LeaRecord>();
		var rejections = new ArrayList<Rejection>();
		var seen = new HashMap<String, Integer>();
		var skipped = 0;
		for (var row : rows) {
			try {
				var cells = new Cells(row, columns, header.size(), true, codeColumn);
				var status = cells.text("statustype");
				var type = LeaType.fromDocCode(Optional.ofNullable(cells.text("doc")).orElse(""));
				if (!"Active".equalsIgnoreCase(status) || type.isEmpty()) {
					skipped++;
					continue;
				}
				var code = cells.required(codeColumn);
				var cds = code.matches("\\d{7}") ? code + "0000000" : code;
				if (!cds.matches("\\d{14}")) {
					throw cells.reject("directory.import.reject.cds", code);
				}
				var nces = hasNces ? cells.text("ncesdist") : null;
				records.add(record(cells, cds, cells.required("district"), type.get(), cells.required("county"),
						cells.text("city"), cells.text("zip"), cells.text("street"), cells.text("phone"),
						cells.text("latitude"), cells.text("longitude"), null, null, null, null, null, null, nces,
						type.get().docCode(), seen));
			}
			catch (RowRejected ex) {
				rejections.add(ex.rejection);
			}
		}
		return new Parsed(Layout.CDE_DISTRICTS, carried, records, rejections, skipped, null, List.of());
	}

	private LeaRecord record(Cells cells, String cds, String name, LeaType type, String countyName, String city,
			String zip, String street, String phone, String latitude, String longitude, Integer schoolCount,
			Integer charterSchoolCount, Integer enrollment, Integer charterEnrollment, Integer frpmCount,
			BigDecimal frpmPercent, String nces, String docCode, Map<String, Integer> seen) {
		if (!cds.endsWith("0000000")) {
			throw cells.reject("directory.import.reject.cds-school", cds);
		}
		var county = this.counties.get(countyName.toLowerCase(Locale.ROOT));
		if (county == null) {
			throw cells.reject("directory.import.reject.county", countyName);
		}
		if (!cds.startsWith(county.cdsCountyCode())) {
			throw cells.reject("directory.import.reject.cds-county", cds, county.name(), county.cdsCountyCode());
		}
		if (nces != null && !nces.matches("\\d{7}")) {
			throw cells.reject("directory.import.reject.nces", nces);
		}
		String shortZip = null;
		if (zip != null) {
			var matcher = ZIP.matcher(zip);
			if (!matcher.matches()) {
				throw cells.reject("directory.import.reject.zip", zip);
			}
			shortZip = matcher.group(1);
		}
		cells.checkLength("name", name, 200);
		cells.checkLength("street", street, 200);
		cells.checkLength("city", city, 100);
		cells.checkLength("phone", phone, 40);
		var lat = cells.coordinate(latitude, 90);
		var lon = cells.coordinate(longitude, 180);
		var firstLine = seen.putIfAbsent(cds, cells.row.line());
		if (firstLine != null) {
			throw cells.reject("directory.import.reject.duplicate", cds, firstLine);
		}
		return new LeaRecord(cells.row.line(), cds, name, type, county.name(), city, shortZip, street, phone, lat, lon,
				schoolCount, charterSchoolCount, enrollment, charterEnrollment, frpmCount, frpmPercent, nces, docCode);
	}

	private static Map<String, Integer> columns(List<String> header, boolean caseInsensitive) {
		var columns = new HashMap<String, Integer>();
		for (var i = 0; i < header.size(); i++) {
			var name = caseInsensitive ? header.get(i).toLowerCase(Locale.ROOT) : header.get(i);
			columns.putIfAbsent(name, i);
		}
		return columns;
	}

	/** The cells of one row, read by column name, with the checks every field needs. */
	private static final class Cells {

		private final Csv.Row row;

		private final Map<String, Integer> columns;

		private final boolean cde;

		private final String codeColumn;

		Cells(Csv.Row row, Map<String, Integer> columns, int width, boolean cde, String codeColumn) {
			this.row = row;
			this.columns = columns;
			this.cde = cde;
			this.codeColumn = codeColumn;
			if (row.cells().size() != width) {
				throw reject("directory.import.reject.columns", row.cells().size(), width);
			}
		}

		/** Trimmed text, {@code null} when blank (CDE writes "No Data" for blank). */
		String text(String column) {
			var value = this.row.cells()
				.get(this.columns.get(this.cde ? column.toLowerCase(Locale.ROOT) : column))
				.trim();
			if (value.isEmpty() || (this.cde && value.equalsIgnoreCase("No Data"))) {
				return null;
			}
			return value;
		}

		String required(String column) {
			var value = text(column);
			if (value == null) {
				throw reject("directory.import.reject.required", column);
			}
			return value;
		}

		Integer integer(String column) {
			var value = text(column);
			if (value == null) {
				return null;
			}
			if (!DIGITS.matcher(value).matches() || value.length() > 9) {
				throw reject("directory.import.reject.number", column, value);
			}
			return Integer.valueOf(value);
		}

		BigDecimal decimal(String column, int scale, BigDecimal min, BigDecimal max) {
			var value = text(column);
			if (value == null) {
				return null;
			}
			return decimal(column, value, scale, min, max);
		}

		BigDecimal coordinate(String value, int limit) {
			if (value == null) {
				return null;
			}
			var max = BigDecimal.valueOf(limit);
			return decimal(limit == 90 ? "latitude" : "longitude", value, 6, max.negate(), max);
		}

		private BigDecimal decimal(String column, String value, int scale, BigDecimal min, BigDecimal max) {
			BigDecimal number;
			try {
				number = new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
			}
			catch (NumberFormatException ex) {
				throw reject("directory.import.reject.number", column, value);
			}
			if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
				throw reject("directory.import.reject.range", column, value, min, max);
			}
			return number;
		}

		void checkLength(String column, String value, int max) {
			if (value != null && value.length() > max) {
				throw reject("directory.import.reject.length", column, max);
			}
		}

		RowRejected reject(String key, Object... args) {
			String cds = null;
			var cdsColumn = this.columns.get(this.codeColumn);
			if (cdsColumn != null && cdsColumn < this.row.cells().size()) {
				cds = this.row.cells().get(cdsColumn).trim();
			}
			return new RowRejected(new Rejection(this.row.line(), cds, key, args));
		}

	}

	/** Ends the reading of one row; the file goes on. */
	private static final class RowRejected extends RuntimeException {

		private final transient Rejection rejection;

		RowRejected(Rejection rejection) {
			super(rejection.reasonKey(), null, false, false);
			this.rejection = rejection;
		}

	}

}
