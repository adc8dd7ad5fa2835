package app.accord.teams.team;

import java.time.LocalDate;

import app.accord.accounts.PersonId;
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
import jakarta.persistence.Version;

/**
 * One stretch of a person's time on a team, from the day they joined to the day they
 * left. A person who leaves and rejoins has two memberships: the roster keeps its
 * history.
 */
@Entity
@Table(name = "team_membership")
public class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id")
	private Team team;

	private Long personId;

	private Long activePersonId;

	private String name;

	private String email;

	private String title;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String organization;

	private boolean coLead;

	private LocalDate joinedOn;

	private LocalDate leftOn;

	@Version
	private long version;

	protected Membership() {
	}

	Membership(Team team, MemberDetails details, PersonId person, LocalDate joinedOn) {
		this.team = team;
		this.personId = person == null ? null : person.value();
		this.activePersonId = this.personId;
		this.name = details.name();
		this.email = details.email();
		this.title = details.title();
		this.role = details.role();
		this.side = details.side();
		this.organization = details.organization();
		this.joinedOn = joinedOn;
	}

	boolean isCurrent() {
		return leftOn == null;
	}

	/**
	 * A member on that day: joined on or before it and not yet left (leaving takes effect
	 * on the left date).
	 */
	boolean isMemberOn(LocalDate day) {
		return !joinedOn.isAfter(day) && (leftOn == null || day.isBefore(leftOn));
	}

	public boolean isPerson(PersonId person) {
		return person != null && personId != null && personId == person.value();
	}

	void leave(LocalDate on) {
		if (!isCurrent()) {
			throw new TeamRuleViolation("leftOn", "teams.member.alreadyLeft");
		}
		if (on.isBefore(joinedOn)) {
			throw new TeamRuleViolation("leftOn", "teams.member.leftBeforeJoined", joinedOn);
		}
		this.leftOn = on;
		this.activePersonId = null;
		this.coLead = false;
	}

	public void makeCoLead() {
		if (!isCurrent()) {
			throw new TeamRuleViolation(null, "teams.member.notCurrent");
		}
		if (personId == null) {
			throw new TeamRuleViolation(null, "teams.member.coLeadNeedsEmail");
		}
		this.coLead = true;
	}

	void stepDownAsCoLead() {
		this.coLead = false;
	}

	public void update(String title, MemberRole role, Side side, String organization) {
		if (!isCurrent()) {
			throw new TeamRuleViolation(null, "teams.member.notCurrent");
		}
		this.title = title;
		this.role = role;
		this.side = side;
		this.organization = organization;
	}

	public Long getId() {
		return id;
	}

	Team getTeam() {
		return team;
	}

	PersonId getPersonId() {
		return personId == null ? null : new PersonId(personId);
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	String getTitle() {
		return title;
	}

	MemberRole getRole() {
		return role;
	}

	Side getSide() {
		return side;
	}

	String getOrganization() {
		return organization;
	}

	boolean isCoLead() {
		return coLead;
	}

	LocalDate getJoinedOn() {
		return joinedOn;
	}

	LocalDate getLeftOn() {
		return leftOn;
	}

}
