package app.accord.events.internal;

/** Who may register for an event. */
enum RegistrationMode {

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
