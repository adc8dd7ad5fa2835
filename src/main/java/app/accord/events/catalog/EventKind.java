package app.accord.events.catalog;

/** The kinds of convening the initiative runs. */
public enum EventKind {

	UNIVERSAL_CONVENING, SUMMER_INSTITUTE, REGIONAL_NETWORK_CONVENING, WEBINAR, SYMPOSIUM, COURSE;

	public String messageKey() {
		return "events.kind." + name();
	}

}
