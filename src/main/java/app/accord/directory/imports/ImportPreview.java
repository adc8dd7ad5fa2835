package app.accord.directory.imports;

import java.util.List;

import app.accord.directory.LeaType;

/**
 * What applying an uploaded file would do. It can be applied only when the header is
 * right and no row is rejected: a partial import would leave the directory in a state no
 * file describes.
 */
public record ImportPreview(ImportFile file, LeaFile.Layout layout, String headerProblem, List<String> missingColumns,
		List<Addition> additions, List<Change> changes, int unchanged, List<Rejection> rejections,
		List<Missing> missing, int skipped) {

	public boolean hasHeaderProblem() {
		return this.headerProblem != null;
	}

	public boolean applicable() {
		return !hasHeaderProblem() && this.rejections.isEmpty();
	}

	public boolean changesSomething() {
		return !this.additions.isEmpty() || !this.changes.isEmpty() || newlyMissing() > 0;
	}

	public long newlyMissing() {
		return this.missing.stream().filter(missing -> !missing.alreadyFlagged()).count();
	}

	public String layoutKey() {
		return this.layout == null ? null : this.layout.messageKey();
	}

	public record Addition(int line, String cdsCode, String name, LeaType type, String county) {
	}

	public record Change(int line, String cdsCode, String name, List<FieldChange> fields) {
	}

	/**
	 * One field's change; {@code null} values are blank.
	 *
	 * @param fieldKey message key naming the field
	 * @param translatable whether before and after are message keys rather than values
	 */
	public record FieldChange(String fieldKey, String before, String after, boolean translatable) {
	}

	/** An LEA the file does not list: kept, and flagged as not in the latest file. */
	public record Missing(String cdsCode, String name, boolean alreadyFlagged) {
	}

}
