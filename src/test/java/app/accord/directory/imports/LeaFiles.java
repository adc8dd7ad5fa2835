package app.accord.directory.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import app.accord.directory.leas.County;

/**
 * Test files of LEAs: the shipped file with changes, or a CDE districts file written row
 * by row.
 */
final class LeaFiles {

	private final List<String> header;

	private final List<List<String>> rows;

	private final char delimiter;

	private LeaFiles(List<String> header, List<List<String>> rows, char delimiter) {
		this.header = new ArrayList<>(header);
		this.rows = rows;
		this.delimiter = delimiter;
	}

	/** Accord's own layout, starting as the shipped file. */
	static LeaFiles shipped() {
		var parsed = LeaFile.rows(ShippedData.read(ShippedData.LEAS), ',', true);
		var rows = new ArrayList<List<String>>();
		parsed.subList(1, parsed.size()).forEach(row -> rows.add(new ArrayList<>(row.cells())));
		return new LeaFiles(parsed.get(0).cells(), rows, ',');
	}

	/** CDE's pubdistricts.txt layout, with no rows yet. */
	static LeaFiles cdeDistricts() {
		return new LeaFiles(List.of("CD Code", "County", "District", "Street", "City", "Zip", "State", "Phone", "Ext  ",
				"Latitude", "Longitude", "DOC", "DOCType", "StatusType", "LastUpDate"), new ArrayList<>(), '\t');
	}

	LeaFiles set(String cdsCode, String column, String value) {
		row(cdsCode).set(this.header.indexOf(column), value);
		return this;
	}

	String get(String cdsCode, String column) {
		return row(cdsCode).get(this.header.indexOf(column));
	}

	LeaFiles without(String cdsCode) {
		this.rows.remove(row(cdsCode));
		return this;
	}

	/** A copy of an existing row under another CDS code and name. */
	LeaFiles withCopy(String cdsCode, String newCdsCode, String newName) {
		var copy = new ArrayList<>(row(cdsCode));
		copy.set(this.header.indexOf("cds_code"), newCdsCode);
		copy.set(this.header.indexOf("name"), newName);
		this.rows.add(copy);
		return this;
	}

	/** A CDE row; the columns follow {@link #cdeDistricts()}. */
	LeaFiles withCdeRow(String cdCode, String county, String district, String street, String city, String zip,
			String phone, String latitude, String longitude, String doc, String status) {
		this.rows.add(new ArrayList<>(List.of(cdCode, county, district, street, city, zip, "CA", phone, "No Data",
				latitude, longitude, doc, "Some Type", status, "12/22/2021")));
		return this;
	}

	LeaFiles withRawLine(String line) {
		this.rows.add(new ArrayList<>(List.of(line)));
		return this;
	}

	int lineOf(String cdsCode) {
		return this.rows.indexOf(row(cdsCode)) + 2;
	}

	byte[] bytes() {
		var text = new StringBuilder(line(this.header)).append("\r\n");
		this.rows.forEach(row -> text.append(row.size() == 1 ? row.get(0) : line(row)).append("\r\n"));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private List<String> row(String cdsCode) {
		return this.rows.stream()
			.filter(row -> row.get(0).equals(cdsCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No row " + cdsCode));
	}

	private String line(List<String> fields) {
		return fields.stream().map(this::quote).collect(Collectors.joining(String.valueOf(this.delimiter)));
	}

	private String quote(String field) {
		if (this.delimiter == ',' && (field.contains(",") || field.contains("\"") || field.contains("\n"))) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

}
