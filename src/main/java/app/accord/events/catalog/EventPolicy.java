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
 * it in {@code @PreAuthorize("@eventPolicy...")}.
 */
@Component("eventPolicy")
class EventPolicy {

	private final Teams teams;

	private final RegistrationRepository registrations;

	private final JdbcTemplate jdbc;

	EventPolicy(Teams teams, RegistrationRepository registrations, JdbcTemplate jdbc) {
		this.teams = teams;
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	public boolean isStaff(Object principal) {
		return principal instanceof SignedInUser user && user.isStaff();
	}

	public boolean canRegisterTeam(Object principal, long teamId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		return user.isStaff() || teams.isCoLead(user.personId(), new TeamId(teamId));
	}

	@Transactional(readOnly = true)
	public boolean canManageRegistration(Object principal, long registrationId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		if (user.isStaff()) {
			return true;
		}
		return registrations.findById(registrationId).map(registration -> {
			if (registration.isTeam()) {
				return teams.isCoLead(user.personId(), registration.getTeamId());
			}
			return user.personId().equals(registration.getPersonId());
		}).orElse(false);
	}

	public boolean canCheckIn(Object principal, long eventId) {
		if (!(principal instanceof SignedInUser user)) {
			return false;
		}
		return user.isStaff() || isVolunteer(user, eventId);
	}

	private boolean isVolunteer(SignedInUser user, long eventId) {
		var count = jdbc.queryForObject(
				"select count(*) from event_check_in_volunteer where event_id = ? and person_id = ?", Integer.class,
				eventId, user.personId().value());
		return count != null && count > 0;
	}

}
