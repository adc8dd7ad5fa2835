package app.accord.events.catalog;

import app.accord.events.registration.RegistrationRepository;

import app.accord.accounts.SignedInUser;
import app.accord.teams.TeamId;
import app.accord.teams.Teams;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may do what with events. Staff may do everything; a
 * team's current co-leads register the team and manage its registration; a person manages
 * their own; a check-in volunteer checks people in at their event only. Services refer to
 * it in {@code @PreAuthorize("@eventPolicy...")}, and controllers ask it whether someone
 * is staff; nothing else unwraps the principal.
 */
@Component("eventPolicy")
public class EventPolicy {

	private final Teams teams;

	private final RegistrationRepository registrations;

	private final JdbcTemplate jdbc;

	EventPolicy(Teams teams, RegistrationRepository registrations, JdbcTemplate jdbc) {
		this.teams = teams;
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	/**
	 * Staff see drafts, register when registration is closed, and register any active
	 * team.
	 */
	public boolean isStaff(Object principal) {
		return SignedInUser.staff(principal);
	}

	public boolean canRegisterTeam(Object principal, long teamId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff() || teams.isCoLead(user.personId(), new TeamId(teamId)))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean canManageRegistration(Object principal, long registrationId) {
		return SignedInUser.of(principal)
			.map(user -> user.isStaff() || registrations.findById(registrationId).map(registration -> {
				if (registration.isTeam()) {
					return teams.isCoLead(user.personId(), registration.getTeamId());
				}
				return user.personId().equals(registration.getPersonId());
			}).orElse(false))
			.orElse(false);
	}

	public boolean canCheckIn(Object principal, long eventId) {
		return SignedInUser.of(principal).map(user -> user.isStaff() || isVolunteer(user, eventId)).orElse(false);
	}

	/**
	 * Whether the address is the signed-in person's own: only then may a page say whether
	 * it is registered already.
	 */
	public boolean isOwnAddress(Object principal, String email) {
		return email != null
				&& SignedInUser.of(principal).map(user -> email.trim().equalsIgnoreCase(user.email())).orElse(false);
	}

	private boolean isVolunteer(SignedInUser user, long eventId) {
		var count = jdbc.queryForObject(
				"select count(*) from event_check_in_volunteer where event_id = ? and person_id = ?", Integer.class,
				eventId, user.personId().value());
		return count != null && count > 0;
	}

}
