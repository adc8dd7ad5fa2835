package app.accord.directory.imports;

import java.nio.charset.StandardCharsets;

import app.accord.directory.Directory;
import app.accord.directory.leas.County;
import app.accord.directory.leas.LeaCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every test runs in a transaction that is rolled back: the shared directory stays as
 * shipped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "director@example.org", roles = "STAFF")
class LeaImportTests {

	static final String FRESNO = "10621660000000";

	static final String OAKLAND = "01612590000000";

	@Autowired
	LeaImport imports;

	@Autowired
	LeaCatalog catalog;

	@Autowired
	Directory directory;

	@Test
	void theShippedFileAgainChangesNothing() {
		var preview = preview(LeaFiles.shipped());
		assertThat(preview.applicable()).isTrue();
		assertThat(preview.unchanged()).isEqualTo(1023);
		assertThat(preview.additions()).isEmpty();
		assertThat(preview.changes()).isEmpty();
		assertThat(preview.missing()).isEmpty();
		assertThat(preview.changesSomething()).isFalse();
	}

	@Test
	void previewListsAdditionsChangedFieldsAndLeasMissingFromTheFile() {
		var file = LeaFiles.shipped()
			.set(FRESNO, "phone", "(559) 457-3001")
			.set(FRESNO, "enrollment", "70000")
			.withCopy(FRESNO, "10999990000000", "Fresno New Unified")
			.without(OAKLAND);
		var preview = preview(file);
		assertThat(preview.applicable()).isTrue();
		assertThat(preview.additions()).extracting(ImportPreview.Addition::cdsCode, ImportPreview.Addition::name)
			.containsExactly(tuple("10999990000000", "Fresno New Unified"));
		assertThat(preview.changes()).singleElement().satisfies(change -> {
			assertThat(change.cdsCode()).isEqualTo(FRESNO);
			assertThat(change.fields())
				.extracting(ImportPreview.FieldChange::fieldKey, ImportPreview.FieldChange::before,
						ImportPreview.FieldChange::after)
				.containsExactly(tuple("directory.field.phone", "(559) 457-3000", "(559) 457-3001"),
						tuple("directory.field.enrollment", "72419", "70000"));
		});
		assertThat(preview.unchanged()).isEqualTo(1021);
		assertThat(preview.missing()).extracting(ImportPreview.Missing::cdsCode).containsExactly(OAKLAND);
	}

	@Test
	void applyingUpsertsByCdsCodeAndKeepsAMissingLeaFlagged() {
		var file = upload(LeaFiles.shipped()
			.set(FRESNO, "phone", "(559) 457-3001")
			.withCopy(FRESNO, "10999990000000", "Fresno New Unified")
			.without(OAKLAND));
		this.imports.apply(file, "director@example.org");

		assertThat(this.catalog.find(FRESNO).orElseThrow().getPhone()).isEqualTo("(559) 457-3001");
		var added = this.catalog.find("10999990000000").orElseThrow();
		assertThat(added.getName()).isEqualTo("Fresno New Unified");
		assertThat(added.getCounty().getName()).isEqualTo("Fresno");
		var oakland = this.catalog.find(OAKLAND).orElseThrow();
		assertThat(oakland.isMissingFromSource()).isTrue();
		assertThat(this.directory.exists(OAKLAND)).isTrue();
		assertThat(this.catalog.list(LeaCatalog.Criteria.all())).hasSize(1024);
	}

	@Test
	void applyingTheSameFileTwiceChangesNothingTheSecondTime() {
		var file = upload(LeaFiles.shipped().set(FRESNO, "street", "1 New Street").without(OAKLAND));
		var first = this.imports.apply(file, "director@example.org");
		assertThat(first.changes()).hasSize(1);
		assertThat(first.newlyMissing()).isEqualTo(1);

		var second = this.imports.apply(file, "director@example.org");
		assertThat(second.changesSomething()).isFalse();
		assertThat(second.missing()).singleElement()
			.satisfies(missing -> assertThat(missing.alreadyFlagged()).isTrue());
		assertThat(this.imports.preview(file).changesSomething()).isFalse();
	}

	@Test
	void anLeaBackInTheFileLosesItsFlag() {
		this.imports.apply(upload(LeaFiles.shipped().without(OAKLAND)), "director@example.org");
		var preview = this.imports.apply(upload(LeaFiles.shipped()), "director@example.org");
		assertThat(preview.changes()).singleElement()
			.satisfies(change -> assertThat(change.fields()).extracting(ImportPreview.FieldChange::fieldKey)
				.containsExactly("directory.field.inLatestFile"));
		assertThat(this.catalog.find(OAKLAND).orElseThrow().isMissingFromSource()).isFalse();
	}

	@Test
	void aWrongHeaderIsReportedAndNothingIsRead() {
		var id = this.imports.upload("districts.csv", "District,County\nFresno Unified,Fresno\n".getBytes(), "staff");
		var preview = this.imports.preview(id);
		assertThat(preview.hasHeaderProblem()).isTrue();
		assertThat(preview.headerProblem()).isEqualTo("directory.import.header.wrong");
		assertThat(preview.missingColumns()).contains("cds_code", "name", "type");
		assertThat(preview.applicable()).isFalse();
		assertThatThrownBy(() -> this.imports.apply(id, "staff")).isInstanceOf(LeaImport.ImportBlocked.class);
	}

	@Test
	void badRowsAreListedWithLineAndReasonAndBlockTheWholeImport() {
		var file = LeaFiles.shipped()
			.set(FRESNO, "phone", "(559) 457-3001")
			.set("01611190000000", "cds_code", "0161119")
			.set(OAKLAND, "county", "Atlantis")
			.set("01612910000000", "enrollment", "many")
			.withCopy("10621660000000", "10621660000000", "Fresno Unified Again");
		var id = upload(file);
		var preview = this.imports.preview(id);
		assertThat(preview.applicable()).isFalse();
		assertThat(preview.rejections()).extracting(Rejection::line, Rejection::reasonKey)
			.containsExactly(tuple(file.lineOf("0161119"), "directory.import.reject.cds"),
					tuple(file.lineOf(OAKLAND), "directory.import.reject.county"),
					tuple(file.lineOf("01612910000000"), "directory.import.reject.number"),
					tuple(1025, "directory.import.reject.duplicate"));

		assertThatThrownBy(() -> this.imports.apply(id, "staff")).isInstanceOf(LeaImport.ImportBlocked.class);
		assertThat(this.catalog.find(FRESNO).orElseThrow().getPhone()).isEqualTo("(559) 457-3000");
	}

	@Test
	void rowsThatDoNotParseAsCsvAreRejectedNotSkipped() {
		var preview = preview(LeaFiles.shipped().withRawLine("just one field"));
		assertThat(preview.rejections()).extracting(Rejection::line, Rejection::reasonKey)
			.containsExactly(tuple(1025, "directory.import.reject.columns"));
	}

	@Test
	void cdeDistrictsFileUpdatesWhatItCarriesAndKeepsEnrollment() {
		var shipped = LeaFiles.shipped();
		var file = LeaFiles.cdeDistricts()
			.withCdeRow("1062166", "Fresno", "Fresno Unified", "2309 Tulare Street, Suite 1", "Fresno", "93721-2287",
					"(559) 457-3000", "36.736759", "-119.78699", "54", "Active")
			.withCdeRow("1075002", "Fresno", "Fresno ROP", "1 Main Street", "Fresno", "93721", "No Data", "36.7",
					"-119.7", "98", "Active")
			.withCdeRow("1099999", "Fresno", "Old Closed Elementary", "No Data", "Fresno", "93721", "No Data", "36.7",
					"-119.7", "52", "Closed");
		var id = upload(file);
		var preview = this.imports.preview(id);
		assertThat(preview.layout()).isEqualTo(LeaFile.Layout.CDE_DISTRICTS);
		assertThat(preview.rejections()).isEmpty();
		assertThat(preview.skipped()).isEqualTo(2);
		assertThat(preview.changes()).singleElement()
			.satisfies(change -> assertThat(change.fields()).extracting(ImportPreview.FieldChange::after)
				.containsExactly("2309 Tulare Street, Suite 1"));
		assertThat(preview.missing()).hasSize(1022);

		this.imports.apply(id, "staff");
		var fresno = this.catalog.find(FRESNO).orElseThrow();
		assertThat(fresno.getStreet()).isEqualTo("2309 Tulare Street, Suite 1");
		assertThat(fresno.getEnrollment()).isEqualTo(Integer.valueOf(shipped.get(FRESNO, "enrollment")));
		assertThat(fresno.getNcesDistrictId()).isEqualTo("0614550");
		assertThat(fresno.isMissingFromSource()).isFalse();
	}

	@Test
	void cdeRowsWithBadValuesAreRejected() {
		var file = LeaFiles.cdeDistricts()
			.withCdeRow("10621", "Fresno", "Short Code", "1 Main", "Fresno", "93721", "No Data", "36.7", "-119.7", "54",
					"Active")
			.withCdeRow("1062166", "Fresno", "Fresno Unified", "1 Main", "Fresno", "93721", "No Data", "north",
					"-119.7", "54", "Active")
			.withCdeRow("1962166", "Fresno", "Wrong County Code", "1 Main", "Fresno", "93721", "No Data", "36.7",
					"-119.7", "52", "Active");
		var preview = preview(file);
		assertThat(preview.rejections()).extracting(Rejection::line, Rejection::reasonKey)
			.containsExactly(tuple(2, "directory.import.reject.cds"), tuple(3, "directory.import.reject.number"),
					tuple(4, "directory.import.reject.cds-county"));
	}

	@Test
	void uploadsMustBeTextOfASensibleSize() {
		assertThatThrownBy(() -> this.imports.upload("x.csv", new byte[0], "staff")).isInstanceOfSatisfying(
				LeaImport.InvalidUpload.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("directory.import.file.empty"));
		assertThatThrownBy(() -> this.imports.upload("x.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 }, "staff"))
			.isInstanceOfSatisfying(LeaImport.InvalidUpload.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("directory.import.file.not-text"));
		assertThatThrownBy(() -> this.imports.upload("x.csv", new byte[LeaImport.MAX_BYTES + 1], "staff"))
			.isInstanceOfSatisfying(LeaImport.InvalidUpload.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("directory.import.file.too-large"));
	}

	@Test
	void windows1252FilesAreReadToo() {
		var text = new String(LeaFiles.shipped().set(FRESNO, "name", "Fresno Unificado Año").bytes(),
				StandardCharsets.UTF_8);
		var id = this.imports.upload("x.csv", text.getBytes(java.nio.charset.Charset.forName("windows-1252")), "staff");
		assertThat(this.imports.preview(id).changes()).singleElement()
			.satisfies(change -> assertThat(change.fields().get(0).after()).isEqualTo("Fresno Unificado Año"));
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void onlyStaffMayImport() {
		assertThatThrownBy(() -> this.imports.upload("x.csv", "cds_code\n".getBytes(), "member"))
			.isInstanceOf(AccessDeniedException.class);
	}

	private java.util.UUID upload(LeaFiles file) {
		return this.imports.upload("leas.csv", file.bytes(), "director@example.org");
	}

	private ImportPreview preview(LeaFiles file) {
		return this.imports.preview(upload(file));
	}

}
