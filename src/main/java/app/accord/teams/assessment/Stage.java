package app.accord.teams.assessment;

import java.util.Arrays;
import java.util.Optional;

/** How far a team has come with a practice, in order. */
public enum Stage {

	NOT_STARTED, EMERGING, DEVELOPING, ESTABLISHED;

	public String messageKey() {
		return "teams.stage." + name();
	}

	/** 0 for not started up to 3 for established. */
	public int level() {
		return ordinal();
	}

	static Optional<Stage> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim().replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
