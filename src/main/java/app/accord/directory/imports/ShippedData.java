package app.accord.directory.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import app.accord.directory.Region;
import app.accord.directory.leas.LeaRecord;
import app.accord.shared.Csv;

import org.springframework.core.io.ClassPathResource;

/** The reference data shipped with Accord (see {@code directory/DATA-SOURCES.md}). */
public final class ShippedData {

	static final String COUNTIES = "directory/ca-regions.csv";

	static final String LEAS = "directory/ca-leas.csv";

	public static final String SHAPES = "directory/ca-counties.topo.json";

	private ShippedData() {
	}

	record CountyRow(String name, String cdsCountyCode, String fips, int ccsesaRegion, Region region) {

		LeaFile.KnownCounty known() {
			return new LeaFile.KnownCounty(this.name, this.cdsCountyCode);
		}

	}

	static List<CountyRow> counties() {
		var rows = LeaFile.rows(read(COUNTIES), ',', true);
		var header = rows.get(0).cells();
		return rows.subList(1, rows.size())
			.stream()
			.map(row -> new CountyRow(field(header, row, "county"), field(header, row, "cds_county_code"),
					field(header, row, "county_fips"), Integer.parseInt(field(header, row, "ccsesa_region")),
					Region.require(field(header, row, "region"))))
			.toList();
	}

	/**
	 * The shipped LEAs; the file is part of the build, so a bad row is a bug, not input.
	 */
	static List<LeaRecord> leas(List<CountyRow> counties) {
		var parsed = new LeaFile(counties.stream().map(CountyRow::known).toList()).read(read(LEAS));
		if (parsed.hasHeaderProblem() || !parsed.rejections().isEmpty()) {
			throw new IllegalStateException("The shipped " + LEAS + " does not read cleanly: "
					+ (parsed.hasHeaderProblem() ? parsed.missingColumns() : parsed.rejections()));
		}
		return parsed.records();
	}

	public static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	private static String field(List<String> header, Csv.Row row, String column) {
		return row.cells().get(header.indexOf(column)).trim();
	}

}
