package app.accord.teams.meetings;

import app.accord.teams.team.TeamRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One meeting of the LEA's labor-management learning team, as a co-lead logged it.
 */
@Entity
@Table(name = "team_meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long teamId;

	private LocalDate heldOn;

	private int laborAttendees;

	private int managementAttendees;

	@Column(name = "topics")
	private String topicCodes;

	private String otherTopics;

	private String decisions;

	private String nextSteps;

	private Long recordedBy;

	private Instant recordedAt;

	protected Meeting() {
	}

	public Meeting(long teamId, MeetingDetails details, long recordedBy, Instant now, LocalDate today) {
		if (details.heldOn().isAfter(today)) {
			throw new TeamRuleViolation("heldOn", "teams.meeting.inFuture");
		}
		if (details.topics().isEmpty() && details.otherTopics() == null) {
			throw new TeamRuleViolation("topics", "teams.meeting.topics.required");
		}
		this.teamId = teamId;
		this.heldOn = details.heldOn();
		this.laborAttendees = details.laborAttendees();
		this.managementAttendees = details.managementAttendees();
		this.topicCodes = details.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.otherTopics = details.otherTopics();
		this.decisions = details.decisions();
		this.nextSteps = details.nextSteps();
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getTeamId() {
		return teamId;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public int getLaborAttendees() {
		return laborAttendees;
	}

	public int getManagementAttendees() {
		return managementAttendees;
	}

	public Set<MeetingTopic> getTopics() {
		var topics = EnumSet.noneOf(MeetingTopic.class);
		if (topicCodes != null && !topicCodes.isBlank()) {
			Arrays.stream(topicCodes.split(",")).map(MeetingTopic::valueOf).forEach(topics::add);
		}
		return topics;
	}

	public String getOtherTopics() {
		return otherTopics;
	}

	public String getDecisions() {
		return decisions;
	}

	public String getNextSteps() {
		return nextSteps;
	}

}
