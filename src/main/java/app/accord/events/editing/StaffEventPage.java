package app.accord.events.editing;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.checkin.CheckIn;
import app.accord.events.registration.RegistrationQueries;
import app.accord.events.registration.RegistrationRepository;

import java.util.List;

import app.accord.directory.CountySummary;
import app.accord.directory.Directory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Builds the staff page of an event from what it shows: the event, one page of its
 * registrations, the agenda, the check-in volunteers and the counties to invite. Only the
 * page's registrations are read, in a fixed number of queries; their number and waitlist
 * places are counted over all of them by the database. Its controller only translates
 * HTTP.
 */
@Component
class StaffEventPage {

	/** Registrations a page, as many as the other staff lists show. */
	static final int PAGE_SIZE = 50;

	private final EventCatalog catalog;

	private final RegistrationQueries queries;

	private final RegistrationRepository registrations;

	private final Agenda agenda;

	private final CheckIn checkIn;

	private final Directory directory;

	StaffEventPage(EventCatalog catalog, RegistrationQueries queries, RegistrationRepository registrations,
			Agenda agenda, CheckIn checkIn, Directory directory) {
		this.catalog = catalog;
		this.queries = queries;
		this.registrations = registrations;
		this.agenda = agenda;
		this.checkIn = checkIn;
		this.directory = directory;
	}

	/**
	 * What the page shows; the registrations are rows of
	 * {@link RegistrationQueries#pageOfEvent}, a type the registration package keeps to
	 * itself.
	 */
	record View(Event event, Page<?> registrations, List<Agenda.Day> agenda, List<String> volunteers,
			List<CountySummary> counties) {
	}

	/** The event with one page of its registrations, 0 the first. */
	View of(long eventId, int page) {
		var event = catalog.visible(eventId, true);
		return new View(event, queries.pageOfEvent(eventId, PageRequest.of(Math.max(page, 0), PAGE_SIZE)),
				agenda.days(eventId), checkIn.volunteers(eventId), directory.counties());
	}

	/**
	 * The page of the event's registrations that holds this one, where a payment recorded
	 * on it returns; the first if the event has no such registration.
	 */
	int pageHolding(long eventId, long registrationId) {
		return registrations.existsByIdAndEventId(registrationId, eventId)
				? (int) (registrations.countBefore(eventId, registrationId) / PAGE_SIZE) : 0;
	}

}
