package app.accord.surveys.reports;

import java.util.Optional;

/** How a report splits its figures: not at all, by role group, or by site. */
public enum Breakdown {

	NONE(null), ROLE("group_code"), SITE("site_code");

	private final String column;

	Breakdown(String column) {
		this.column = column;
	}

	public String column() {
		return column;
	}

	public String slug() {
		return name().toLowerCase();
	}

	public static Optional<Breakdown> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(NONE);
		}
		for (var breakdown : values()) {
			if (breakdown.slug().equalsIgnoreCase(value.strip())) {
				return Optional.of(breakdown);
			}
		}
		return Optional.empty();
	}

}
