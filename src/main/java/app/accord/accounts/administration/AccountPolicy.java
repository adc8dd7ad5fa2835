package app.accord.accounts.administration;

import app.accord.accounts.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * Who may change what of an account. Staff manage everyone's account but their own role
 * and whether they are enabled: demoting or disabling oneself could leave the initiative
 * without any staff account.
 */
@Component
class AccountPolicy {

	/** Whether the principal may change the person's role or disable them. */
	boolean mayChangeStandingOf(Object principal, long personId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff() && user.personId().value() != personId)
			.orElse(false);
	}

}
