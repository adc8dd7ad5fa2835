package app.accord.teams.meetings;

import java.util.Arrays;
import java.util.Optional;

/** Topics a learning-team meeting can be tagged with; anything else goes in free text. */
public enum MeetingTopic {

	STUDENT_LEARNING, BUDGET, WORKING_CONDITIONS, PROFESSIONAL_DEVELOPMENT, COMMUNICATION, SCHOOL_CLIMATE,
	HEALTH_AND_SAFETY, EVALUATION, CONTRACT_IMPLEMENTATION, TEAM_DEVELOPMENT;

	public String messageKey() {
		return "teams.topic." + name();
	}

	static Optional<MeetingTopic> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim().replace('-', '_');
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
