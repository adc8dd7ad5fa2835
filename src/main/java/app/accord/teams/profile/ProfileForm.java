package app.accord.teams.profile;

import jakarta.validation.constraints.Size;

/** One's own participation needs. */
record ProfileForm(@Size(max = 8, message = "{teams.profile.language.invalid}") String language,
		@Size(max = 1000, message = "{teams.profile.tooLong}") String accessibilityNeeds,
		@Size(max = 1000, message = "{teams.profile.tooLong}") String dietaryNeeds) {
}
