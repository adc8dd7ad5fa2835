package app.accord.networks.coaching;

import app.accord.networks.network.Network;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One coaching session held in an LEA, as its consultant logged it. */
@Entity
@Table(name = "coaching_session")
class CoachingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "engagement_id")
	private Engagement engagement;

	private LocalDate heldOn;

	private int durationMinutes;

	private int laborParticipants;

	private int managementParticipants;

	private String participants;

	private String notes;

	private String nextSteps;

	private long recordedBy;

	private Instant recordedAt;

	protected CoachingSession() {
	}

	CoachingSession(Engagement engagement, SessionDetails details, long recordedBy, Instant now) {
		this.engagement = engagement;
		this.heldOn = details.heldOn();
		this.durationMinutes = details.durationMinutes();
		this.laborParticipants = details.laborParticipants();
		this.managementParticipants = details.managementParticipants();
		this.participants = Network.blankToNull(details.participants());
		this.notes = Network.blankToNull(details.notes());
		this.nextSteps = Network.blankToNull(details.nextSteps());
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	Long getId() {
		return id;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	int getDurationMinutes() {
		return durationMinutes;
	}

	int getLaborParticipants() {
		return laborParticipants;
	}

	int getManagementParticipants() {
		return managementParticipants;
	}

	String getParticipants() {
		return participants;
	}

	String getNotes() {
		return notes;
	}

	String getNextSteps() {
		return nextSteps;
	}

}
