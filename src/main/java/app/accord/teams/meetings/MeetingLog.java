package app.accord.teams.meetings;

import java.time.Clock;
import java.time.LocalDate;

import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.teams.team.TeamRepository;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Co-leads log their learning team's meetings. */
@Service
class MeetingLog {

	private final TeamRepository teams;

	private final MeetingRepository meetings;

	private final Clock clock;

	MeetingLog(TeamRepository teams, MeetingRepository meetings, Clock clock) {
		this.teams = teams;
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * @return the meeting's id
	 */
	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	@Transactional
	long record(long teamId, MeetingDetails details, SignedInUser actor) {
		if (!teams.existsById(teamId)) {
			throw new NotFoundException("No team " + teamId);
		}
		var meeting = meetings
			.save(new Meeting(teamId, details, actor.personId().value(), clock.instant(), LocalDate.now(clock)));
		return meeting.getId();
	}

}
