package app.accord.events.registration;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.mail.EventMail;

import java.util.List;

import app.accord.accounts.People;
import app.accord.shared.NotFoundException;
import app.accord.teams.TeamId;
import app.accord.teams.TeamMember;
import app.accord.teams.Teams;

import org.springframework.stereotype.Component;

/**
 * Builds a registration's pages from what they show: the registration (behind the
 * policy), its event, the team's members not named yet and the agenda; and what a member
 * of the roster brings when named. Its controller only translates HTTP.
 */
@Component
class RegistrationPages {

	private final RegistrationQueries queries;

	private final EventCatalog catalog;

	private final Teams teams;

	private final People people;

	private final Agenda agenda;

	private final EventMail mail;

	RegistrationPages(RegistrationQueries queries, EventCatalog catalog, Teams teams, People people, Agenda agenda,
			EventMail mail) {
		this.queries = queries;
		this.catalog = catalog;
		this.teams = teams;
		this.people = people;
		this.agenda = agenda;
		this.mail = mail;
	}

	/** A registration's own page. */
	record RegistrationPage(RegistrationView registration, Event event, List<TeamMember> roster,
			List<Agenda.Day> agenda) {
	}

	/** What the emailed link shows. */
	record LinkPage(RegistrationView registration, Event event) {
	}

	/** The registration's calendar file. */
	record CalendarFile(String filename, String ics) {
	}

	/**
	 * The registration, asked of the policy first (someone who may not manage it learns
	 * nothing more), and only under its own event.
	 */
	RegistrationView registration(long eventId, long registrationId) {
		return queries.view(eventId, registrationId);
	}

	RegistrationPage page(RegistrationView view) {
		return new RegistrationPage(view, catalog.visible(view.eventId(), true),
				view.teamId() == null ? List.of() : unnamedMembers(view), agenda.days(view.eventId()));
	}

	LinkPage byToken(String token) {
		var view = queries.byToken(token).orElseThrow(() -> new NotFoundException("No registration"));
		return new LinkPage(view, catalog.visible(view.eventId(), true));
	}

	CalendarFile calendar(String token) {
		var link = byToken(token);
		return new CalendarFile("event-" + link.event().getId() + ".ics", queries.calendar(token, mail));
	}

	/**
	 * A current member of the registration's team as an attendee, with what their profile
	 * says about their needs.
	 */
	AttendeeDetails fromRoster(RegistrationView view, long memberId) {
		if (view.teamId() == null) {
			throw new NotFoundException("No member " + memberId);
		}
		var member = teams.currentMembers(new TeamId(view.teamId()))
			.stream()
			.filter(m -> m.memberId() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No member " + memberId));
		var email = member.personId() == null ? null : people.find(member.personId()).map(p -> p.email()).orElse(null);
		var needs = member.personId() == null ? null : teams.participationNeeds(member.personId()).orElse(null);
		return new AttendeeDetails(member.name(), email, member.role(), member.side(), null,
				needs == null ? null : needs.accessibilityNeeds(), needs == null ? null : needs.dietaryNeeds());
	}

	private List<TeamMember> unnamedMembers(RegistrationView view) {
		var named = view.attendees().stream().map(RegistrationView.AttendeeRow::name).toList();
		return teams.currentMembers(new TeamId(view.teamId())).stream().filter(m -> !named.contains(m.name())).toList();
	}

}
