package app.accord.teams.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The seven established practices of labor-management collaboration. */
public enum Practice {

	COLLABORATIVE_PROBLEM_SOLVING, GUIDING_PRINCIPLES, DIVERSE_TEAM, SHARED_VISION, DECISION_MAKING, COMMUNICATION,
	STRUCTURE_FOR_COLLABORATION;

	public String messageKey() {
		return "teams.practice." + name();
	}

	static Optional<Practice> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim().replace('-', '_');
		return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
