package app.accord.accounts.internal;

import java.time.Instant;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The right of a person to sign in, with their role. A person may have no account.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	@Column(name = "person_id")
	private Long personId;

	@MapsId
	@OneToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "person_id")
	private Person person;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "password_hash")
	private String passwordHash;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_signed_in_at")
	private Instant lastSignedInAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(Person person, Role role, Instant now) {
		this.person = person;
		this.role = role;
		this.enabled = true;
		this.createdAt = now;
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	boolean hasPassword() {
		return passwordHash != null;
	}

	SignedInUser toSignedInUser() {
		return new SignedInUser(person.personId(), person.getEmailNormalized(), person.getDisplayName(), role, enabled,
				passwordHash);
	}

	Long getPersonId() {
		return personId;
	}

	Person getPerson() {
		return person;
	}

	Role getRole() {
		return role;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isEnabled() {
		return enabled;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getLastSignedInAt() {
		return lastSignedInAt;
	}

}
