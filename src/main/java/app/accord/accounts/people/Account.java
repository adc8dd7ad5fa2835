package app.accord.accounts.people;

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
public class Account {

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

	public Account(Person person, Role role, Instant now) {
		this.person = person;
		this.role = role;
		this.enabled = true;
		this.createdAt = now;
	}

	public void changeRole(Role role) {
		this.role = role;
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public SignedInUser toSignedInUser() {
		return new SignedInUser(person.personId(), person.getEmailNormalized(), person.getDisplayName(), role, enabled,
				passwordHash);
	}

	public Long getPersonId() {
		return personId;
	}

	public Person getPerson() {
		return person;
	}

	public Role getRole() {
		return role;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getLastSignedInAt() {
		return lastSignedInAt;
	}

}
