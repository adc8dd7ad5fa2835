package app.accord.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of LEA, mapped from CDE's District Ownership Code (DOC). Only these kinds are in
 * the directory; CDE's other kinds (e.g. regional occupational programs) are not LEAs in
 * the initiative's sense.
 */
public enum LeaType {

	COUNTY_OFFICE("county-office", "County Office of Education", "00"),

	UNIFIED("unified", "Unified", "54"),

	ELEMENTARY("elementary", "Elementary", "52"),

	HIGH_SCHOOL("high-school", "High School", "56"),

	STATE_SPECIAL_SCHOOL("state-special-school", "State Special School", "31"),

	STATEWIDE_BENEFIT_CHARTER("statewide-benefit-charter", "Statewide Benefit Charter", "03"),

	STATE_BOARD_CHARTER("state-board-charter", "State Board of Education Charter", "02");

	private final String slug;

	private final String label;

	private final String docCode;

	LeaType(String slug, String label, String docCode) {
		this.slug = slug;
		this.label = label;
		this.docCode = docCode;
	}

	/** Stable code for addresses and storage, e.g. {@code high-school}. */
	public String slug() {
		return this.slug;
	}

	/** The English label the data files use, e.g. {@code High School}. */
	public String label() {
		return this.label;
	}

	/** CDE's District Ownership Code. */
	public String docCode() {
		return this.docCode;
	}

	public String messageKey() {
		return "directory.type." + this.slug;
	}

	/** The type named by its label (any case), slug or constant; empty otherwise. */
	public static Optional<LeaType> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim();
		return Arrays.stream(values())
			.filter(type -> type.label.equalsIgnoreCase(wanted) || type.slug.equalsIgnoreCase(wanted)
					|| type.name().equalsIgnoreCase(wanted.replace('-', '_').replace(' ', '_')))
			.findFirst();
	}

	/** Like {@link #parse(String)} but a value that names no type is an error. */
	public static LeaType require(String value) {
		return parse(value).orElseThrow(() -> new IllegalArgumentException("Unknown LEA type '" + value
				+ "'. Use one of: " + String.join(", ", Arrays.stream(values()).map(LeaType::slug).toList()) + "."));
	}

	public static Optional<LeaType> fromDocCode(String docCode) {
		return Arrays.stream(values()).filter(type -> type.docCode.equals(docCode)).findFirst();
	}

}
