package app.accord.events.catalog;

/** What the events API's controllers share: their one tag in the API documentation. */
public final class EventsApi {

	public static final String TAG = "Events";

	public static final String DESCRIPTION = "Convenings: events, registrations with complimentary seats and a waitlist, "
			+ "check-in";

	private EventsApi() {
	}

}
