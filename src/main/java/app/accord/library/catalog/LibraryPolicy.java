package app.accord.library.catalog;

import app.accord.accounts.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * Who may see and change what of the library: anyone sees public resources, signed-in
 * members also members-only ones, staff manage everything. Services refer to it in
 * {@code @PreAuthorize("@libraryPolicy...")}.
 */
@Component("libraryPolicy")
public class LibraryPolicy {

	public boolean isStaff(Object principal) {
		return SignedInUser.staff(principal);
	}

	public boolean isMember(Object principal) {
		return SignedInUser.of(principal).isPresent();
	}

	public boolean canSee(Object principal, Visibility visibility) {
		return visibility == Visibility.PUBLIC || isMember(principal);
	}

}
