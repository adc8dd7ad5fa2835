package app.accord.events.catalog;

/** Who may register for an event. */
public enum RegistrationMode {

	TEAM, INDIVIDUAL, BOTH;

	public String messageKey() {
		return "events.mode." + name();
	}

	public boolean allowsTeams() {
		return this != INDIVIDUAL;
	}

	public boolean allowsIndividuals() {
		return this != TEAM;
	}

}
