package app.accord.teams.profile;

import java.time.Instant;

import app.accord.accounts.PersonId;
import app.accord.teams.ParticipationNeeds;
import app.accord.teams.team.MemberDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a team member tells event organisers about themselves: language, accessibility and
 * dietary needs.
 */
@Entity
@Table(name = "team_member_profile")
public class MemberProfile {

	@Id
	private Long personId;

	private String language;

	private String accessibilityNeeds;

	private String dietaryNeeds;

	private Instant updatedAt;

	@Version
	private long version;

	protected MemberProfile() {
	}

	MemberProfile(PersonId person) {
		this.personId = person.value();
	}

	void change(String language, String accessibilityNeeds, String dietaryNeeds, Instant now) {
		this.language = MemberDetails.trimToNull(language);
		this.accessibilityNeeds = MemberDetails.trimToNull(accessibilityNeeds);
		this.dietaryNeeds = MemberDetails.trimToNull(dietaryNeeds);
		this.updatedAt = now;
	}

	public ParticipationNeeds needs() {
		return new ParticipationNeeds(new PersonId(personId), language, accessibilityNeeds, dietaryNeeds);
	}

	String getLanguage() {
		return language;
	}

	String getAccessibilityNeeds() {
		return accessibilityNeeds;
	}

	String getDietaryNeeds() {
		return dietaryNeeds;
	}

}
