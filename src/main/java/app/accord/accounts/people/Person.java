package app.accord.accounts.people;

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
public class Person {

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

	public Person(String email, String displayName, Instant now) {
		this.email = email.trim();
		this.emailNormalized = normalize(email);
		this.displayName = displayName == null || displayName.isBlank() ? this.email : displayName.trim();
		this.preferredLanguage = "en";
		this.createdAt = now;
	}

	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether Accord knows this person by email alone: created without a name, their name
	 * is their email.
	 */
	public boolean knownByEmailOnly() {
		return this.displayName.equalsIgnoreCase(this.email);
	}

	public void rename(String displayName) {
		this.displayName = displayName.trim();
	}

	public void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	public Long getId() {
		return id;
	}

	public PersonId personId() {
		return new PersonId(id);
	}

	public String getEmail() {
		return email;
	}

	public String getEmailNormalized() {
		return emailNormalized;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public Locale locale() {
		return Locale.forLanguageTag(preferredLanguage);
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	public PersonSummary summary() {
		return new PersonSummary(personId(), email, displayName, preferredLanguage);
	}

}
