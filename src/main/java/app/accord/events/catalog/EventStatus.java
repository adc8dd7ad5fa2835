package app.accord.events.catalog;

/** An event is drafted by staff, published for registration, and may be cancelled. */
public enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED

}
