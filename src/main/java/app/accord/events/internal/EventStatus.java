package app.accord.events.internal;

/** An event is drafted by staff, published for registration, and may be cancelled. */
enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED

}
