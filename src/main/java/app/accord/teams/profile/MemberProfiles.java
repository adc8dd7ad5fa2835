package app.accord.teams.profile;

import java.time.Clock;
import java.util.Optional;

import app.accord.accounts.SignedInUser;
import app.accord.teams.team.TeamRuleViolation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person keeps their own participation needs. */
@Service
class MemberProfiles {

	static final int MAX_NEEDS = 1000;

	private final MemberProfileRepository profiles;

	private final Clock clock;

	MemberProfiles(MemberProfileRepository profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	Optional<MemberProfile> mine(SignedInUser user) {
		return profiles.findById(user.personId().value());
	}

	@PreAuthorize("@teamPolicy.isSignedIn(principal)")
	@Transactional
	void change(SignedInUser user, String language, String accessibilityNeeds, String dietaryNeeds) {
		if (language != null && !language.isBlank() && !language.trim().matches("[a-zA-Z]{2,3}(-[a-zA-Z]{2})?")) {
			throw new TeamRuleViolation("language", "teams.profile.language.invalid");
		}
		var profile = profiles.findById(user.personId().value()).orElseGet(() -> new MemberProfile(user.personId()));
		profile.change(language, accessibilityNeeds, dietaryNeeds, clock.instant());
		profiles.save(profile);
	}

}
