package app.accord.events.catalog;

/** Where people attend from. */
public enum EventFormat {

	IN_PERSON, ONLINE, HYBRID;

	public String messageKey() {
		return "events.format." + name();
	}

	boolean hasVenue() {
		return this != ONLINE;
	}

	boolean hasOnlineLink() {
		return this != IN_PERSON;
	}

}
