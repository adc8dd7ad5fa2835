package app.accord.events.editing;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.checkin.CheckIn;
import app.accord.events.registration.Registration;
import app.accord.events.registration.RegistrationQueries;
import app.accord.events.registration.RegistrationRepository;

import java.util.List;

import app.accord.directory.CountySummary;
import app.accord.directory.Directory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Builds the staff page of an event from what it shows: the event, one page of its
 * registrations, the agenda, the check-in volunteers and the counties to invite. The
 * registrations are read in a fixed number of queries however many there are, so their
 * number and waitlist places count them all; only the page's rows are rendered. Its
 * controller only translates HTTP.
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
	 * {@link RegistrationQueries#ofEvent}, a type the registration package keeps to
	 * itself.
	 */
	record View(Event event, Page<?> registrations, List<Agenda.Day> agenda, List<String> volunteers,
			List<CountySummary> counties) {
	}

	/** The event with one page of its registrations, 0 the first. */
	View of(long eventId, int page) {
		var event = catalog.visible(eventId, true);
		return new View(event, page(queries.ofEvent(eventId), page), agenda.days(eventId), checkIn.volunteers(eventId),
				directory.counties());
	}

	/**
	 * The page of the event's registrations that holds this one, where a payment recorded
	 * on it returns; the first if the event has no such registration.
	 */
	int pageHolding(long eventId, long registrationId) {
		var ids = registrations.ofEvent(eventId).stream().map(Registration::getId).toList();
		return Math.max(ids.indexOf(registrationId), 0) / PAGE_SIZE;
	}

	private static <T> Page<T> page(List<T> all, int page) {
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		var from = (int) Math.min(pageable.getOffset(), all.size());
		return new PageImpl<>(all.subList(from, Math.min(from + PAGE_SIZE, all.size())), pageable, all.size());
	}

}
