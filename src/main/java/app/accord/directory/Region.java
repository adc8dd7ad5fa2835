package app.accord.directory;

import java.util.Optional;

/**
 * The initiative's three broad regions. Each county belongs to one (see the data sources:
 * CCSESA service regions 1–5 are Northern California, 6–7 and Kern the Central Valley,
 * the rest Southern California).
 */
public enum Region {

	NORTHERN_CALIFORNIA("northern-california", "Northern California"),

	CENTRAL_VALLEY("central-valley", "Central Valley"),

	SOUTHERN_CALIFORNIA("southern-california", "Southern California");

	private final String slug;

	private final String displayName;

	Region(String slug, String displayName) {
		this.slug = slug;
		this.displayName = displayName;
	}

	/** Stable code for addresses and storage, e.g. {@code central-valley}. */
	public String slug() {
		return this.slug;
	}

	/** The English name as the data files write it, e.g. {@code Central Valley}. */
	public String displayName() {
		return this.displayName;
	}

	public String messageKey() {
		return "directory.region." + this.slug;
	}

	/**
	 * The region named by its name (any case), its slug or its constant; empty for
	 * anything else.
	 */
	public static Optional<Region> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim();
		for (var region : values()) {
			if (region.displayName.equalsIgnoreCase(wanted) || region.slug.equalsIgnoreCase(wanted)
					|| region.name().equalsIgnoreCase(wanted.replace('-', '_').replace(' ', '_'))) {
				return Optional.of(region);
			}
		}
		return Optional.empty();
	}

	/** Like {@link #parse(String)} but a value that names no region is an error. */
	public static Region require(String value) {
		return parse(value).orElseThrow(() -> new IllegalArgumentException(
				"Unknown region '" + value + "'. Use one of: " + String.join(", ", slugs()) + "."));
	}

	private static java.util.List<String> slugs() {
		return java.util.Arrays.stream(values()).map(Region::slug).toList();
	}

}
