package app.accord.networks.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.accord.directory.Region;
import app.accord.teams.Side;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
 * A regional network: a hub county office and the LEAs that take part (voluntarily, with
 * joined and left dates), its planning committee, funders and partners, the convenings
 * linked to it and the people who coordinate it.
 */
@Entity
@Table(name = "network")
public class Network {

	/** Convenings a network aims for each school year, besides the Summer Institute. */
	static final int CONVENINGS_PER_YEAR = 3;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String hubCdsCode;

	@Enumerated(EnumType.STRING)
	private Region region;

	private int firstSchoolYear;

	private Integer lastSchoolYear;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "network", cascade = CascadeType.ALL)
	@OrderBy("joinedOn, id")
	private List<NetworkMember> members = new ArrayList<>();

	@OneToMany(mappedBy = "network", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("name, id")
	private List<CommitteeMember> committee = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "network_organization", joinColumns = @JoinColumn(name = "network_id"))
	private Set<Partner> partners = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "network_convening", joinColumns = @JoinColumn(name = "network_id"))
	@Column(name = "event_id")
	private Set<Long> conveningIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "network_coordinator", joinColumns = @JoinColumn(name = "network_id"))
	@Column(name = "person_id")
	private Set<Long> coordinatorIds = new HashSet<>();

	protected Network() {
	}

	/** The hub must be a county office: the caller checks that against the directory. */
	Network(String name, String hubCdsCode, Region region, int firstSchoolYear, Integer lastSchoolYear, Instant now) {
		if (name == null || name.isBlank()) {
			throw new NetworkRuleViolation("name", "networks.name.required");
		}
		if (region == null) {
			throw new NetworkRuleViolation("region", "networks.region.required");
		}
		if (lastSchoolYear != null && lastSchoolYear < firstSchoolYear) {
			throw new NetworkRuleViolation("lastSchoolYear", "networks.years.order");
		}
		this.name = name.trim();
		this.hubCdsCode = hubCdsCode;
		this.region = region;
		this.firstSchoolYear = firstSchoolYear;
		this.lastSchoolYear = lastSchoolYear;
		this.createdAt = now;
	}

	/**
	 * The LEA joins on that day. It may be a member of other networks too; here it may
	 * not be a member twice at once, so one that left may rejoin from the day it left.
	 */
	NetworkMember addMember(String cdsCode, LocalDate joinedOn, LocalDate today) {
		if (joinedOn.isAfter(today)) {
			throw new NetworkRuleViolation("joinedOn", "networks.member.joinedInFuture");
		}
		for (var member : members) {
			if (!member.getLeaCdsCode().equals(cdsCode)) {
				continue;
			}
			if (member.isCurrent()) {
				throw new NetworkRuleViolation("leaCdsCode", "networks.member.already", member.getJoinedOn());
			}
			if (member.getLeftOn().isAfter(joinedOn)) {
				throw new NetworkRuleViolation("joinedOn", "networks.member.overlapsEarlier", member.getLeftOn());
			}
		}
		var member = new NetworkMember(this, cdsCode, joinedOn);
		members.add(member);
		return member;
	}

	void memberLeaves(long memberId, LocalDate leftOn, LocalDate today) {
		if (leftOn.isAfter(today)) {
			throw new NetworkRuleViolation("leftOn", "networks.member.leftInFuture");
		}
		member(memberId).leave(leftOn);
	}

	NetworkMember member(long memberId) {
		return members.stream()
			.filter(m -> m.getId() != null && m.getId() == memberId)
			.findFirst()
			.orElseThrow(() -> new app.accord.shared.NotFoundException("No member " + memberId + " in this network"));
	}

	/** Members on that day, in the order they joined. */
	public List<NetworkMember> membersOn(LocalDate day) {
		return members.stream().filter(m -> m.isMemberOn(day)).toList();
	}

	List<NetworkMember> history() {
		return List.copyOf(members);
	}

	CommitteeMember addToCommittee(String name, String email, String role, Side side, String organization) {
		if (name == null || name.isBlank()) {
			throw new NetworkRuleViolation("name", "networks.committee.name.required");
		}
		if (role == null || role.isBlank()) {
			throw new NetworkRuleViolation("role", "networks.committee.role.required");
		}
		if (side == null) {
			throw new NetworkRuleViolation("side", "networks.committee.side.required");
		}
		var member = new CommitteeMember(this, name, email, role, side, organization);
		committee.add(member);
		return member;
	}

	void removeFromCommittee(long committeeMemberId) {
		if (!committee.removeIf(m -> Objects.equals(m.getId(), committeeMemberId))) {
			throw new app.accord.shared.NotFoundException("No committee member " + committeeMemberId);
		}
	}

	boolean linkConvening(long eventId) {
		return conveningIds.add(eventId);
	}

	boolean unlinkConvening(long eventId) {
		return conveningIds.remove(eventId);
	}

	boolean addCoordinator(long personId) {
		return coordinatorIds.add(personId);
	}

	boolean removeCoordinator(long personId) {
		return coordinatorIds.remove(personId);
	}

	boolean addPartner(long organizationId, PartnerRole role) {
		return partners.add(new Partner(organizationId, role));
	}

	boolean removePartner(long organizationId, PartnerRole role) {
		return partners.remove(new Partner(organizationId, role));
	}

	/** "2018-19 – 2019-20", or "2018-19 –" while it runs on. */
	String schoolYears() {
		return schoolYear(firstSchoolYear) + " – " + (lastSchoolYear == null ? "" : schoolYear(lastSchoolYear));
	}

	static String schoolYear(int startYear) {
		return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
	}

	/** The school years the network was active in up to the one containing that day. */
	List<Integer> activeSchoolYearsUpTo(LocalDate day) {
		var current = schoolYearOf(day);
		var last = lastSchoolYear == null ? current : Math.min(lastSchoolYear, Math.max(current, firstSchoolYear));
		var years = new ArrayList<Integer>();
		for (var year = firstSchoolYear; year <= last; year++) {
			years.add(year);
		}
		return years;
	}

	/** School years run July to June: 2019-10-01 is in 2019-20. */
	static int schoolYearOf(LocalDate day) {
		return day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getHubCdsCode() {
		return hubCdsCode;
	}

	Region getRegion() {
		return region;
	}

	int getFirstSchoolYear() {
		return firstSchoolYear;
	}

	Integer getLastSchoolYear() {
		return lastSchoolYear;
	}

	List<CommitteeMember> getCommittee() {
		return committee.stream().sorted(Comparator.comparing(CommitteeMember::getName)).toList();
	}

	Set<Partner> getPartners() {
		return Set.copyOf(partners);
	}

	Set<Long> getConveningIds() {
		return Set.copyOf(conveningIds);
	}

	Set<Long> getCoordinatorIds() {
		return Set.copyOf(coordinatorIds);
	}

	/** An organization's role in the network. */
	@Embeddable
	record Partner(@Column(name = "organization_id") long organizationId,
			@Enumerated(EnumType.STRING) @Column(name = "role") PartnerRole role) {
	}

}
