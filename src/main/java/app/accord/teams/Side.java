package app.accord.teams;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which side of the table a team member sits on.
 */
public enum Side {

	LABOR, MANAGEMENT;

	public String messageKey() {
		return "teams.side." + name();
	}

	/** The side named by its constant in any case; empty for anything else. */
	public static Optional<Side> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim();
		return Arrays.stream(values()).filter(side -> side.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
