package app.accord.accounts.internal;

import java.time.Instant;
import java.util.Locale;

import app.accord.accounts.PersonId;
import app.accord.accounts.PersonSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@Column(name = "email_normalized")
	private String emailNormalized;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Person() {
	}

	Person(String email, String displayName, Instant now) {
		this.email = email.trim();
		this.emailNormalized = normalize(email);
		this.displayName = displayName == null || displayName.isBlank() ? this.email : displayName.trim();
		this.preferredLanguage = "en";
		this.createdAt = now;
	}

	static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether Accord knows this person by email alone: created without a name, their name
	 * is their email.
	 */
	boolean knownByEmailOnly() {
		return this.displayName.equalsIgnoreCase(this.email);
	}

	void rename(String displayName) {
		this.displayName = displayName.trim();
	}

	void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	Long getId() {
		return id;
	}

	PersonId personId() {
		return new PersonId(id);
	}

	String getEmail() {
		return email;
	}

	String getEmailNormalized() {
		return emailNormalized;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPreferredLanguage() {
		return preferredLanguage;
	}

	Locale locale() {
		return Locale.forLanguageTag(preferredLanguage);
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	PersonSummary summary() {
		return new PersonSummary(personId(), email, displayName, preferredLanguage);
	}

}
