package app.accord.events.registration;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventPolicy;
import app.accord.events.catalog.EventRepository;
import app.accord.events.mail.EventMail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.shared.Secrets;
import app.accord.teams.TeamSummary;
import app.accord.teams.Teams;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads registrations for pages, exports and the API, each behind the policy. */
@Service
@Transactional(readOnly = true)
public class RegistrationQueries {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final AttendeeRepository attendees;

	private final Teams teams;

	private final EventPolicy policy;

	RegistrationQueries(EventRepository events, RegistrationRepository registrations, AttendeeRepository attendees,
			Teams teams, EventPolicy policy) {
		this.attendees = attendees;
		this.policy = policy;
		this.events = events;
		this.registrations = registrations;
		this.teams = teams;
	}

	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public RegistrationView view(long registrationId) {
		var registration = registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId));
		return view(registration);
	}

	/**
	 * The registration (behind the policy, so someone who may not manage it learns
	 * nothing more), only under its own event.
	 */
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public RegistrationView view(long eventId, long registrationId) {
		var view = view(registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId)));
		if (view.eventId() != eventId) {
			throw new NotFoundException("No registration " + registrationId + " for event " + eventId);
		}
		return view;
	}

	/** Whoever holds the unguessable link from the email may see the registration. */
	public Optional<RegistrationView> byToken(String token) {
		return withToken(token).map(this::view);
	}

	/**
	 * Every registration of the event, waitlist places counted in order; read in a fixed
	 * number of queries (registrations, attendees, their session picks) however many
	 * there are.
	 */
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<RegistrationView> ofEvent(long eventId) {
		return views(event(eventId), registrations.ofEvent(eventId), attendees.ofEvent(eventId),
				attendees.picksByAttendee(eventId), 0);
	}

	/**
	 * One page of {@link #ofEvent}: the same rows with the same waitlist places, read in
	 * a fixed number of queries that fetch that page's registrations and attendees only.
	 */
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public Page<RegistrationView> pageOfEvent(long eventId, Pageable pageable) {
		var event = event(eventId);
		var page = registrations.pageOfEvent(eventId, pageable);
		if (page.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, page.getTotalElements());
		}
		var ids = page.getContent().stream().map(Registration::getId).toList();
		var waitlistedBefore = registrations.countWaitlistedBefore(eventId, ids.get(0));
		var views = views(event, page.getContent(), attendees.ofRegistrations(ids),
				attendees.picksByAttendee(attendees.picksOfRegistrations(ids)), (int) waitlistedBefore);
		return new PageImpl<>(views, pageable, page.getTotalElements());
	}

	/**
	 * Rows of the registrations, in order, waitlist places counted on from the given one.
	 */
	private static List<RegistrationView> views(Event event, List<Registration> ofEvent, List<Attendee> attendeesOf,
			Map<Long, Set<Long>> picks, int waitlistedBefore) {
		var attending = new HashMap<Long, List<RegistrationView.AttendeeRow>>();
		for (var attendee : attendeesOf) {
			attending.computeIfAbsent(attendee.getRegistration().getId(), id -> new ArrayList<>())
				.add(RegistrationView.AttendeeRow.of(attendee, picks.getOrDefault(attendee.getId(), Set.of())));
		}
		var result = new ArrayList<RegistrationView>();
		var position = waitlistedBefore;
		for (var registration : ofEvent) {
			Integer place = registration.isWaitlisted() ? ++position : null;
			result.add(RegistrationView.of(registration, event, place,
					attending.getOrDefault(registration.getId(), List.of())));
		}
		return result;
	}

	/**
	 * The teams the person may register, each with its live registration for the event,
	 * if any: the teams they co-lead, or every active team for staff.
	 */
	public List<TeamChoice> teamChoices(SignedInUser user, long eventId) {
		if (user == null) {
			return List.of();
		}
		var choices = policy.isStaff(user) ? teams.activeTeams()
				: teams.teamsOf(user.personId())
					.stream()
					.filter(team -> teams.isCoLead(user.personId(), team.id()))
					.toList();
		if (choices.isEmpty()) {
			return List.of();
		}
		var live = new HashMap<Long, Long>();
		for (var registration : registrations.ofEvent(eventId)) {
			if (registration.isLive() && registration.getTeamId() != null) {
				live.put(registration.getTeamId().value(), registration.getId());
			}
		}
		return choices.stream().map(team -> new TeamChoice(team, live.get(team.id().value()))).toList();
	}

	/** The person's own live registration for the event, if any. */
	public Optional<Long> ownRegistration(SignedInUser user, long eventId) {
		if (user == null) {
			return Optional.empty();
		}
		return registrations.liveOfPerson(eventId, user.personId().value()).map(Registration::getId);
	}

	/** The registration's calendar file, for whoever holds its link. */
	public String calendar(String token, EventMail mail) {
		var registration = withToken(token).orElseThrow(() -> new NotFoundException("No registration"));
		var event = event(registration.getEventId());
		return mail.ics(registration, event, !registration.isLive() || event.isCancelled());
	}

	record TeamChoice(TeamSummary team, Long registrationId) {

		public long teamId() {
			return team.id().value();
		}

	}

	RegistrationView view(Registration registration) {
		var event = event(registration.getEventId());
		Integer place = null;
		if (registration.isWaitlisted()) {
			place = (int) registrations.waitlistPlace(event.getId(), registration.getId());
		}
		return RegistrationView.of(registration, event, place);
	}

	private Optional<Registration> withToken(String token) {
		return Secrets.wellFormed(token) ? registrations.findByAccessToken(token) : Optional.empty();
	}

	private Event event(long eventId) {
		return events.require(eventId);
	}

}
