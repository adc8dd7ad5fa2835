package app.accord.teams.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.accord.accounts.PersonId;
import app.accord.directory.LeaSummary;
import app.accord.teams.Composition;
import app.accord.teams.TeamId;
import app.accord.teams.TeamSummary;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The labor-management team of one LEA and its roster, past and present.
 */
@Entity
@Table(name = "team")
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String leaCdsCode;

	private String leaName;

	private String county;

	private String region;

	private String name;

	private String activeLeaCdsCode;

	private Instant createdAt;

	private Instant closedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "team", cascade = CascadeType.ALL)
	@OrderBy("joinedOn, id")
	private List<Membership> memberships = new ArrayList<>();

	protected Team() {
	}

	public Team(LeaSummary lea, String name, Instant now) {
		this.leaCdsCode = lea.cdsCode();
		this.leaName = lea.name();
		this.county = lea.county();
		this.region = lea.region().slug();
		this.name = MemberDetails.trimToNull(name);
		this.activeLeaCdsCode = lea.cdsCode();
		this.createdAt = now;
	}

	/**
	 * Adds a member who joins on the given day. A person already on the roster cannot be
	 * added twice; one who left may rejoin from the day they left.
	 */
	public Membership addMember(MemberDetails details, PersonId person, LocalDate joinedOn, LocalDate today) {
		if (!isActive()) {
			throw new TeamRuleViolation(null, "teams.team.closed");
		}
		if (joinedOn.isAfter(today)) {
			throw new TeamRuleViolation("joinedOn", "teams.member.joinedInFuture");
		}
		for (var membership : memberships) {
			if (membership.isPerson(person) && membership.isCurrent()) {
				throw new TeamConflict("email", "teams.member.duplicate", details.email());
			}
			if (membership.isPerson(person) && membership.getLeftOn().isAfter(joinedOn)) {
				throw new TeamRuleViolation("joinedOn", "teams.member.overlapsEarlier", membership.getLeftOn());
			}
		}
		var membership = new Membership(this, details, person, joinedOn);
		memberships.add(membership);
		return membership;
	}

	/** Ends a current membership; the last co-lead must hand over first. */
	public void memberLeaves(long membershipId, LocalDate leftOn, LocalDate today) {
		var membership = membership(membershipId);
		if (leftOn.isAfter(today)) {
			throw new TeamRuleViolation("leftOn", "teams.member.leftInFuture");
		}
		if (membership.isCoLead() && coLeads().size() == 1) {
			throw new TeamRuleViolation(null, "teams.member.lastCoLead");
		}
		membership.leave(leftOn);
	}

	public void appointCoLead(long membershipId) {
		membership(membershipId).makeCoLead();
	}

	public void relieveCoLead(long membershipId) {
		var membership = membership(membershipId);
		if (membership.isCoLead() && coLeads().size() == 1) {
			throw new TeamRuleViolation(null, "teams.member.lastCoLead");
		}
		membership.stepDownAsCoLead();
	}

	/** Closes the team; the LEA may then start a new one. Its history stays. */
	void close(Instant now) {
		this.activeLeaCdsCode = null;
		this.closedAt = now;
	}

	void rename(String newName) {
		this.name = MemberDetails.trimToNull(newName);
	}

	public Membership membership(long membershipId) {
		return memberships.stream()
			.filter(m -> m.getId() != null && m.getId() == membershipId)
			.findFirst()
			.orElseThrow(() -> new app.accord.shared.NotFoundException("No member " + membershipId + " in this team"));
	}

	public List<Membership> current() {
		return memberships.stream().filter(Membership::isCurrent).toList();
	}

	List<Membership> coLeads() {
		return memberships.stream().filter(m -> m.isCurrent() && m.isCoLead()).toList();
	}

	/** The roster as it stood on that day, by side then name. */
	List<Membership> rosterOn(LocalDate day) {
		return memberships.stream()
			.filter(m -> m.isMemberOn(day))
			.sorted(Comparator.comparing(Membership::getSide).thenComparing(Membership::getName))
			.toList();
	}

	/** Every membership, current or past, in the order people joined. */
	List<Membership> history() {
		return List.copyOf(memberships);
	}

	/** Composition of the current roster (members who have not left). */
	Composition composition() {
		return Composition.of(current().stream().map(m -> new Composition.Seat(m.getRole(), m.getSide())).toList());
	}

	boolean isActive() {
		return activeLeaCdsCode != null;
	}

	TeamSummary summary() {
		return new TeamSummary(new TeamId(id), leaCdsCode, leaName, name, isActive());
	}

	public Long getId() {
		return id;
	}

	String getLeaCdsCode() {
		return leaCdsCode;
	}

	String getLeaName() {
		return leaName;
	}

	String getCounty() {
		return county;
	}

	String getRegion() {
		return region;
	}

	String getName() {
		return name;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String displayName() {
		return summary().displayName();
	}

}
