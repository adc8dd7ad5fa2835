package app.accord.networks.coaching;

import app.accord.networks.network.Network;
import app.accord.networks.network.NetworkRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A coaching engagement (individualized support): an LEA contracts a consulting partner
 * for in-district coaching. Its scope of work, its consultants and the log of sessions
 * held, which must fall within its period.
 */
@Entity
@Table(name = "coaching_engagement")
public class Engagement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String leaCdsCode;

	private long organizationId;

	private String goals;

	private String deliverables;

	private int sessionsPlanned;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private Long amountCents;

	@Enumerated(EnumType.STRING)
	private EngagementStatus status;

	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "coaching_engagement_consultant", joinColumns = @JoinColumn(name = "engagement_id"))
	@Column(name = "person_id")
	private Set<Long> consultantIds = new HashSet<>();

	@OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL)
	@OrderBy("heldOn desc, id desc")
	private List<CoachingSession> sessions = new ArrayList<>();

	protected Engagement() {
	}

	Engagement(EngagementDetails details, Instant now) {
		if (details.goals() == null || details.goals().isBlank()) {
			throw new NetworkRuleViolation("goals", "networks.engagement.goals.required");
		}
		if (details.sessionsPlanned() < 1) {
			throw new NetworkRuleViolation("sessionsPlanned", "networks.engagement.sessionsPlanned.min");
		}
		if (details.startsOn() == null) {
			throw new NetworkRuleViolation("startsOn", "networks.engagement.startsOn.required");
		}
		if (details.endsOn() == null) {
			throw new NetworkRuleViolation("endsOn", "networks.engagement.endsOn.required");
		}
		if (details.endsOn().isBefore(details.startsOn())) {
			throw new NetworkRuleViolation("endsOn", "networks.engagement.period.order");
		}
		if (details.amountCents() != null && details.amountCents() < 0) {
			throw new NetworkRuleViolation("amount", "networks.engagement.amount.negative");
		}
		this.leaCdsCode = details.leaCdsCode();
		this.organizationId = details.organizationId();
		this.goals = details.goals().trim();
		this.deliverables = Network.blankToNull(details.deliverables());
		this.sessionsPlanned = details.sessionsPlanned();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.amountCents = details.amountCents();
		this.status = EngagementStatus.PROPOSED;
		this.createdAt = now;
	}

	boolean overlaps(LocalDate from, LocalDate to) {
		return status != EngagementStatus.CANCELLED && !startsOn.isAfter(to) && !endsOn.isBefore(from);
	}

	/**
	 * Sessions are logged while the engagement is active, on days within its period and
	 * not in the future.
	 */
	CoachingSession logSession(SessionDetails details, long recordedBy, Instant now, LocalDate today) {
		if (status != EngagementStatus.ACTIVE) {
			throw new NetworkRuleViolation(null, "networks.session.notActive");
		}
		if (details.heldOn() == null) {
			throw new NetworkRuleViolation("heldOn", "networks.session.heldOn.required");
		}
		if (details.heldOn().isBefore(startsOn) || details.heldOn().isAfter(endsOn)) {
			throw new NetworkRuleViolation("heldOn", "networks.session.outsidePeriod", startsOn, endsOn);
		}
		if (details.heldOn().isAfter(today)) {
			throw new NetworkRuleViolation("heldOn", "networks.session.inFuture");
		}
		if (details.durationMinutes() < 1 || details.durationMinutes() > 1440) {
			throw new NetworkRuleViolation("durationMinutes", "networks.session.duration.range");
		}
		if (details.laborParticipants() < 0 || details.managementParticipants() < 0) {
			throw new NetworkRuleViolation("laborParticipants", "networks.session.participants.negative");
		}
		var session = new CoachingSession(this, details, recordedBy, now);
		sessions.add(session);
		return session;
	}

	void changeStatus(EngagementStatus next) {
		if (next == null || !status.mayBecome(next)) {
			throw new NetworkRuleViolation("status", "networks.engagement.status.notAllowed", status, next);
		}
		status = next;
	}

	boolean assign(long personId) {
		return consultantIds.add(personId);
	}

	boolean unassign(long personId) {
		return consultantIds.remove(personId);
	}

	int sessionsHeld() {
		return sessions.size();
	}

	/** Hours of coaching logged, to the tenth. */
	double hours() {
		return Math.round(sessions.stream().mapToInt(CoachingSession::getDurationMinutes).sum() / 6.0) / 10.0;
	}

	Long getId() {
		return id;
	}

	public String getLeaCdsCode() {
		return leaCdsCode;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getGoals() {
		return goals;
	}

	String getDeliverables() {
		return deliverables;
	}

	int getSessionsPlanned() {
		return sessionsPlanned;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	Long getAmountCents() {
		return amountCents;
	}

	EngagementStatus getStatus() {
		return status;
	}

	Set<Long> getConsultantIds() {
		return Set.copyOf(consultantIds);
	}

	List<CoachingSession> getSessions() {
		return List.copyOf(sessions);
	}

}
