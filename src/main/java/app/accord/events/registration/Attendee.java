package app.accord.events.registration;

import java.time.Instant;

import app.accord.accounts.PersonId;
import app.accord.shared.Secrets;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person a registration brings to the event, with what the organisers need to know. */
@Entity
@Table(name = "event_attendee")
public class Attendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "registration_id")
	private Registration registration;

	private long eventId;

	private Long personId;

	private Long activePersonId;

	private String name;

	private String email;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String organization;

	private String accessibilityNeeds;

	private String dietaryNeeds;

	private String checkInToken;

	private Instant checkedInAt;

	private Long checkedInBy;

	private boolean walkIn;

	@jakarta.persistence.ElementCollection
	@jakarta.persistence.CollectionTable(name = "event_session_pick",
			joinColumns = @jakarta.persistence.JoinColumn(name = "attendee_id"))
	@jakarta.persistence.Column(name = "session_id")
	private java.util.Set<Long> sessionIds = new java.util.HashSet<>();

	protected Attendee() {
	}

	Attendee(Registration registration, AttendeeDetails details, PersonId person, boolean walkIn) {
		this.registration = registration;
		this.eventId = registration.getEventId();
		this.personId = person == null ? null : person.value();
		this.activePersonId = this.personId;
		this.name = details.name();
		this.email = details.email();
		this.role = details.role();
		this.side = details.side();
		this.organization = details.organization();
		this.accessibilityNeeds = details.accessibilityNeeds();
		this.dietaryNeeds = details.dietaryNeeds();
		this.checkInToken = Secrets.random();
		this.walkIn = walkIn;
	}

	/** Once the registration is cancelled the person may register again elsewhere. */
	void release() {
		this.activePersonId = null;
		this.sessionIds.clear();
	}

	/** The sessions the attendee picked; the caller checked clashes and capacity. */
	public void pickSessions(java.util.Set<Long> picks) {
		sessionIds.clear();
		sessionIds.addAll(picks);
	}

	public java.util.Set<Long> getSessionIds() {
		return java.util.Set.copyOf(sessionIds);
	}

	/** Records the first check-in; scanning twice keeps the first time. */
	public boolean checkIn(Instant now, PersonId by) {
		if (checkedInAt != null) {
			return false;
		}
		checkedInAt = now;
		checkedInBy = by == null ? null : by.value();
		return true;
	}

	boolean isPerson(PersonId person) {
		return person != null && personId != null && personId == person.value();
	}

	public Long getId() {
		return id;
	}

	public Registration getRegistration() {
		return registration;
	}

	public long getEventId() {
		return eventId;
	}

	Long getPersonId() {
		return personId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public MemberRole getRole() {
		return role;
	}

	public Side getSide() {
		return side;
	}

	public String getOrganization() {
		return organization;
	}

	public String getAccessibilityNeeds() {
		return accessibilityNeeds;
	}

	public String getDietaryNeeds() {
		return dietaryNeeds;
	}

	public String getCheckInToken() {
		return checkInToken;
	}

	public Instant getCheckedInAt() {
		return checkedInAt;
	}

	public boolean isWalkIn() {
		return walkIn;
	}

}
