package app.accord.teams.meetings;

import java.time.Clock;

import app.accord.accounts.AuditTrail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The "meeting regularly" rule, kept in the database so staff can change it. */
@Service
public class MeetingRules {

	private final TeamSettingsRepository settings;

	private final Clock clock;

	private final AuditTrail audit;

	MeetingRules(TeamSettingsRepository settings, Clock clock, AuditTrail audit) {
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public MeetingRule current() {
		return settings.findById(TeamSettings.ID).map(TeamSettings::rule).orElse(MeetingRule.DEFAULT);
	}

	@PreAuthorize("@teamPolicy.isStaff(principal)")
	@Transactional
	void change(MeetingRule rule) {
		settings.findById(TeamSettings.ID).orElseThrow().changeRule(rule, clock.instant());
		audit.record("team.meeting-rule-changed", "team settings",
				rule.minMeetings() + " meetings in " + rule.windowDays() + " days");
	}

}
