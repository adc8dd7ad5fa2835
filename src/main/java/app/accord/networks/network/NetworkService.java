package app.accord.networks.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.accord.accounts.AuditTrail;
import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.directory.LeaType;
import app.accord.directory.Organizations;
import app.accord.directory.Region;
import app.accord.events.ConveningSummary;
import app.accord.events.Convenings;
import app.accord.events.EventId;
import app.accord.networks.network.NetworkViews.CommitteeRow;
import app.accord.networks.network.NetworkViews.CoordinatorRow;
import app.accord.networks.network.NetworkViews.MemberRow;
import app.accord.networks.network.NetworkViews.NetworkRow;
import app.accord.networks.network.NetworkViews.NetworkView;
import app.accord.networks.network.NetworkViews.PartnerRow;
import app.accord.networks.network.NetworkViews.YearTarget;
import app.accord.shared.NotFoundException;
import app.accord.teams.Side;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Networks: staff create them and name their coordinators, funders and partners; staff
 * and the network's coordinators keep its members, planning committee and convenings.
 */
@Service
public class NetworkService {

	private final NetworkRepository networks;

	private final Directory directory;

	private final Organizations organizations;

	private final Convenings convenings;

	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	private final NetworkPolicy policy;

	NetworkService(NetworkRepository networks, Directory directory, Organizations organizations, Convenings convenings,
			People people, AuditTrail audit, Clock clock, NetworkPolicy policy) {
		this.policy = policy;
		this.networks = networks;
		this.directory = directory;
		this.organizations = organizations;
		this.convenings = convenings;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Filters of the staff overview; {@code null} matches anything. */
	record NetworkFilter(Region region, Integer schoolYear, String text) {

		static final NetworkFilter NONE = new NetworkFilter(null, null, null);

		boolean matches(NetworkRow row) {
			return (region == null || row.region() == region)
					&& (schoolYear == null || row.firstSchoolYear() <= schoolYear
							&& (row.lastSchoolYear() == null || row.lastSchoolYear() >= schoolYear))
					&& (text == null || text.isBlank() || row.name().toLowerCase().contains(text.trim().toLowerCase())
							|| row.hubName().toLowerCase().contains(text.trim().toLowerCase()));
		}

	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public long create(String name, String hubCdsCode, Region region, int firstSchoolYear, Integer lastSchoolYear) {
		var hub = hub(hubCdsCode);
		if (name != null && networks.existsByNameIgnoreCase(name.trim())) {
			throw new NetworkRuleViolation("name", "networks.name.taken");
		}
		var network = networks
			.saveAndFlush(new Network(name, hub.cdsCode(), region, firstSchoolYear, lastSchoolYear, clock.instant()));
		audit.record("networks.created", "network " + network.getId(), network.getName());
		return network.getId();
	}

	private LeaSummary hub(String cdsCode) {
		if (cdsCode == null || cdsCode.isBlank()) {
			throw new NetworkRuleViolation("hubCdsCode", "networks.hub.required");
		}
		var lea = directory.findLea(cdsCode.trim())
			.orElseThrow(() -> new NetworkRuleViolation("hubCdsCode", "networks.lea.unknown", cdsCode.trim()));
		if (lea.type() != LeaType.COUNTY_OFFICE) {
			throw new NetworkRuleViolation("hubCdsCode", "networks.hub.notCountyOffice", lea.name());
		}
		return lea;
	}

	/** Every network for staff, their own for coordinators, none for anyone else. */
	@PreAuthorize("@networkPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	public List<NetworkRow> visibleTo(SignedInUser user, NetworkFilter filter) {
		var visible = policy.isStaff(user) ? networks.findAllByOrderByNameAsc()
				: policy.isCoordinator(user) ? networks.findCoordinatedBy(user.personId().value()) : List.<Network>of();
		if (visible.isEmpty()) {
			return List.of();
		}
		var today = LocalDate.now(clock);
		Map<Long, Long> memberCounts = new HashMap<>();
		for (var row : networks.countMembersOn(today)) {
			memberCounts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		var leas = new LeaNames(visible.stream().map(Network::getHubCdsCode).toList());
		return visible.stream()
			.map(n -> new NetworkRow(n.getId(), n.getName(), n.getHubCdsCode(), leas.name(n.getHubCdsCode()),
					n.getRegion(), n.schoolYears(), n.getFirstSchoolYear(), n.getLastSchoolYear(),
					memberCounts.getOrDefault(n.getId(), 0L).intValue()))
			.filter(filter::matches)
			.toList();
	}

	/**
	 * The directory's LEAs of one request, those it will name read in one query, each
	 * looked up once however often a list or a sort asks for it.
	 */
	private final class LeaNames {

		private final Map<String, Optional<LeaSummary>> found = new HashMap<>();

		LeaNames(Collection<String> cdsCodes) {
			var leas = directory.findLeas(cdsCodes);
			cdsCodes.forEach(code -> found.put(code, Optional.ofNullable(leas.get(code))));
		}

		Optional<LeaSummary> lea(String cdsCode) {
			return found.computeIfAbsent(cdsCode, directory::findLea);
		}

		String name(String cdsCode) {
			return lea(cdsCode).map(LeaSummary::name).orElse(cdsCode);
		}

	}

	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional(readOnly = true)
	public NetworkView view(long id) {
		var network = network(id);
		var today = LocalDate.now(clock);
		var history = network.history();
		var leas = new LeaNames(
				Stream.concat(history.stream().map(NetworkMember::getLeaCdsCode), Stream.of(network.getHubCdsCode()))
					.distinct()
					.toList());
		Map<String, List<String>> otherNetworks = new HashMap<>();
		if (!history.isEmpty()) {
			for (var row : networks
				.findCurrentMemberships(history.stream().map(NetworkMember::getLeaCdsCode).distinct().toList())) {
				if (!network.getId().equals(((Number) row[1]).longValue())) {
					otherNetworks.computeIfAbsent((String) row[0], code -> new ArrayList<>()).add((String) row[2]);
				}
			}
		}
		var members = history.stream()
			.sorted(Comparator.comparing((NetworkMember m) -> leas.name(m.getLeaCdsCode()))
				.thenComparing(NetworkMember::getJoinedOn))
			.map(m -> memberRow(m, leas.lea(m.getLeaCdsCode()),
					otherNetworks.getOrDefault(m.getLeaCdsCode(), List.of())))
			.toList();
		var committee = network.getCommittee()
			.stream()
			.map(c -> new CommitteeRow(c.getId(), c.getName(), c.getEmail(), c.getRole(), c.getSide(),
					c.getOrganization()))
			.toList();
		var partners = network.getPartners()
			.stream()
			.flatMap(p -> organizations.find(p.organizationId()).map(o -> new PartnerRow(o, p.role())).stream())
			.sorted(Comparator.comparing((PartnerRow p) -> p.role()).thenComparing(p -> p.organization().name()))
			.toList();
		var linked = linkedConvenings(network);
		var coordinators = network.getCoordinatorIds()
			.stream()
			.flatMap(pid -> people.find(new PersonId(pid)).stream())
			.map(p -> new CoordinatorRow(p.id().value(), p.displayName(), p.email()))
			.sorted(Comparator.comparing(CoordinatorRow::name))
			.toList();
		return new NetworkView(network.getId(), network.getName(), network.getHubCdsCode(),
				leas.name(network.getHubCdsCode()), network.getRegion(), network.schoolYears(),
				network.getFirstSchoolYear(), network.getLastSchoolYear(), members, committee, partners, linked,
				coordinators, targets(network, linked, today));
	}

	public List<ConveningSummary> linkedConvenings(Network network) {
		return convenings.find(network.getConveningIds().stream().map(EventId::new).toList());
	}

	/**
	 * Network convenings and Summer Institutes per school year, up to the one containing
	 * that day.
	 */
	public List<YearTarget> targets(Network network, List<ConveningSummary> linked, LocalDate day) {
		var institutes = convenings.summerInstitutes();
		var targets = new ArrayList<YearTarget>();
		for (var year : network.activeSchoolYearsUpTo(day)) {
			var held = (int) linked.stream()
				.filter(c -> !c.cancelled() && Network.schoolYearOf(c.startsOn()) == year)
				.count();
			var si = institutes.stream().filter(c -> Network.schoolYearOf(c.startsOn()) == year).toList();
			targets.add(new YearTarget(year, Network.schoolYear(year), held, Network.CONVENINGS_PER_YEAR, si));
		}
		return targets;
	}

	private static MemberRow memberRow(NetworkMember member, Optional<LeaSummary> lea, List<String> others) {
		return new MemberRow(member.getId(), member.getLeaCdsCode(),
				lea.map(LeaSummary::name).orElse(member.getLeaCdsCode()), lea.map(LeaSummary::type).orElse(null),
				lea.map(LeaSummary::county).orElse(null), member.getJoinedOn(), member.getLeftOn(), others);
	}

	/**
	 * The LEA joins the network (today unless a day is given). It may belong to other
	 * networks at the same time: their names come back so the page can say so.
	 */
	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional
	public List<String> addMember(long id, String cdsCode, LocalDate joinedOn) {
		if (cdsCode == null || cdsCode.isBlank()) {
			throw new NetworkRuleViolation("leaCdsCode", "networks.member.lea.required");
		}
		var lea = directory.findLea(cdsCode.trim())
			.orElseThrow(() -> new NetworkRuleViolation("leaCdsCode", "networks.lea.unknown", cdsCode.trim()));
		var network = networks.findLocked(id).orElseThrow(() -> notFound(id));
		var today = LocalDate.now(clock);
		network.addMember(lea.cdsCode(), joinedOn == null ? today : joinedOn, today);
		networks.flush();
		audit.record("networks.member-added", "network " + id, lea.cdsCode() + " " + lea.name());
		return networks.findWithCurrentMember(lea.cdsCode())
			.stream()
			.filter(n -> !n.getId().equals(id))
			.map(Network::getName)
			.toList();
	}

	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional
	public void memberLeaves(long id, long memberId, LocalDate leftOn) {
		var network = networks.findLocked(id).orElseThrow(() -> notFound(id));
		var member = network.member(memberId);
		network.memberLeaves(memberId, leftOn == null ? LocalDate.now(clock) : leftOn, LocalDate.now(clock));
		audit.record("networks.member-left", "network " + id, member.getLeaCdsCode() + " on " + member.getLeftOn());
	}

	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional
	public long addToCommittee(long id, String name, String email, String role, Side side, String organization) {
		var network = network(id);
		var member = network.addToCommittee(name, email, role, side, organization);
		networks.flush();
		audit.record("networks.committee-added", "network " + id, member.getName());
		return member.getId();
	}

	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional
	public void removeFromCommittee(long id, long committeeMemberId) {
		network(id).removeFromCommittee(committeeMemberId);
		audit.record("networks.committee-removed", "network " + id, "committee member " + committeeMemberId);
	}

	/** Only events of the kind "regional network convening" may be linked. */
	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional
	public void linkConvening(long id, Long eventId) {
		if (eventId == null) {
			throw new NetworkRuleViolation("eventId", "networks.convening.required");
		}
		var network = network(id);
		var event = convenings.networkConvenings()
			.stream()
			.filter(c -> c.id().value() == eventId)
			.findFirst()
			.orElseThrow(() -> new NetworkRuleViolation("eventId", "networks.convening.notNetworkConvening"));
		if (!network.linkConvening(eventId)) {
			throw new NetworkRuleViolation("eventId", "networks.convening.already", event.title());
		}
		audit.record("networks.convening-linked", "network " + id, "event " + eventId);
	}

	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional
	public void unlinkConvening(long id, long eventId) {
		if (!network(id).unlinkConvening(eventId)) {
			throw new NotFoundException("Event " + eventId + " is not linked to network " + id);
		}
		audit.record("networks.convening-unlinked", "network " + id, "event " + eventId);
	}

	/** Network convenings not yet linked to this network, to offer on its page. */
	@PreAuthorize("@networkPolicy.canRun(principal, #id)")
	@Transactional(readOnly = true)
	public List<ConveningSummary> linkableConvenings(long id) {
		var linked = network(id).getConveningIds();
		return convenings.networkConvenings().stream().filter(c -> !linked.contains(c.id().value())).toList();
	}

	/**
	 * Names a coordinator by email. They see the network once their account has the
	 * coordinator role (staff set roles on the people page).
	 */
	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void addCoordinator(long id, String email) {
		if (email == null || email.isBlank()) {
			throw new NetworkRuleViolation("coordinatorEmail", "networks.coordinator.email.required");
		}
		var person = people.findByEmail(email.trim())
			.orElseThrow(() -> new NetworkRuleViolation("coordinatorEmail", "networks.person.unknown", email.trim()));
		network(id).addCoordinator(person.id().value());
		audit.record("networks.coordinator-added", "network " + id, person.email());
	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void removeCoordinator(long id, long personId) {
		network(id).removeCoordinator(personId);
		audit.record("networks.coordinator-removed", "network " + id, "person " + personId);
	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void addPartner(long id, Long organizationId, PartnerRole role) {
		if (organizationId == null || organizations.find(organizationId).isEmpty()) {
			throw new NetworkRuleViolation("organizationId", "networks.partner.organization.required");
		}
		if (role == null) {
			throw new NetworkRuleViolation("partnerRole", "networks.partner.role.required");
		}
		network(id).addPartner(organizationId, role);
		audit.record("networks.partner-added", "network " + id, "organization " + organizationId + " " + role);
	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void removePartner(long id, long organizationId, PartnerRole role) {
		network(id).removePartner(organizationId, role);
		audit.record("networks.partner-removed", "network " + id, "organization " + organizationId + " " + role);
	}

	/** Network names by id, for sample data and tests. */
	@Transactional(readOnly = true)
	public Map<String, Long> idsByName() {
		return networks.findAll().stream().collect(Collectors.toMap(Network::getName, Network::getId));
	}

	public Set<Long> coordinatorsOf(long id) {
		return network(id).getCoordinatorIds();
	}

	public Network network(long id) {
		return networks.findById(id).orElseThrow(() -> notFound(id));
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("No network " + id);
	}

}
