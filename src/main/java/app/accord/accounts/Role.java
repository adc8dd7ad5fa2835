package app.accord.accounts;

/**
 * What an account may do across Accord. Scoped rights (a coordinator's networks, a
 * consultant's engagements, a co-lead's team) are granted by the modules that own those
 * objects.
 */
public enum Role {

	STAFF, COORDINATOR, CONSULTANT, MEMBER;

	public String authority() {
		return "ROLE_" + name();
	}

}
