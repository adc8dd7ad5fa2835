package app.accord.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security context holds them; controllers receive it with
 * {@code @AuthenticationPrincipal}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final PersonId personId;

	private final String email;

	private final String displayName;

	private final Role role;

	private final boolean enabled;

	private String passwordHash;

	public SignedInUser(PersonId personId, String email, String displayName, Role role, boolean enabled,
			String passwordHash) {
		this.personId = personId;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public PersonId personId() {
		return personId;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public boolean isStaff() {
		return role == Role.STAFF;
	}

	/**
	 * The signed-in user behind a Spring Security principal ({@code principal} in a
	 * {@code @PreAuthorize} expression, or {@code Authentication.getPrincipal()}); empty
	 * for an anonymous visitor.
	 */
	public static Optional<SignedInUser> of(Object principal) {
		return principal instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
	}

	/** Whether the principal is a signed-in staff member: the one staff rule. */
	public static boolean staff(Object principal) {
		return of(principal).filter(SignedInUser::isStaff).isPresent();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
