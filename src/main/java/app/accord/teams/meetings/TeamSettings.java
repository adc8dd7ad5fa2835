package app.accord.teams.meetings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of team settings staff can change: the "meeting regularly" rule. */
@Entity
@Table(name = "team_settings")
class TeamSettings {

	static final int ID = 1;

	@Id
	private Integer id;

	private int regularMinMeetings;

	private int regularWindowDays;

	private Instant updatedAt;

	@Version
	private long version;

	protected TeamSettings() {
	}

	MeetingRule rule() {
		return new MeetingRule(regularMinMeetings, regularWindowDays);
	}

	void changeRule(MeetingRule rule, Instant now) {
		this.regularMinMeetings = rule.minMeetings();
		this.regularWindowDays = rule.windowDays();
		this.updatedAt = now;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
