package app.accord.networks.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.accord.accounts.AuditTrail;
import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.directory.OrganizationKind;
import app.accord.directory.Organizations;
import app.accord.networks.coaching.EngagementViews.ConsultantRow;
import app.accord.networks.coaching.EngagementViews.EngagementView;
import app.accord.networks.coaching.EngagementViews.SessionRow;
import app.accord.networks.network.NetworkPolicy;
import app.accord.networks.network.NetworkRuleViolation;
import app.accord.shared.NotFoundException;
import app.accord.teams.Teams;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching engagements: staff record them and assign consultants; the consultants log
 * sessions; the LEA team's co-leads follow them. An LEA has one engagement at a time:
 * periods of its engagements that are not cancelled may not overlap, so every session
 * belongs to exactly one scope of work and hours are never counted twice.
 */
@Service
public class Engagements {

	private final EngagementRepository engagements;

	private final Directory directory;

	private final Organizations organizations;

	private final People people;

	private final Teams teams;

	private final AuditTrail audit;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final NetworkPolicy policy;

	Engagements(EngagementRepository engagements, Directory directory, Organizations organizations, People people,
			Teams teams, AuditTrail audit, Clock clock, JdbcTemplate jdbc, NetworkPolicy policy) {
		this.policy = policy;
		this.jdbc = jdbc;
		this.engagements = engagements;
		this.directory = directory;
		this.organizations = organizations;
		this.people = people;
		this.teams = teams;
		this.audit = audit;
		this.clock = clock;
	}

	/** Filters of the staff overview; {@code null} matches anything. */
	record EngagementFilter(EngagementStatus status, Long organizationId, String text) {

		static final EngagementFilter NONE = new EngagementFilter(null, null, null);

		boolean matches(EngagementView view) {
			return (status == null || view.status() == status)
					&& (organizationId == null
							|| view.organization() != null && view.organization().id() == organizationId)
					&& (text == null || text.isBlank()
							|| view.leaName().toLowerCase().contains(text.trim().toLowerCase())
							|| view.leaCdsCode().startsWith(text.trim()));
		}

	}

	/**
	 * Records a proposed engagement with its consultants (people known by email). Nothing
	 * is saved when any part is refused.
	 */
	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public long create(EngagementDetails details, List<String> consultantEmails) {
		if (details.leaCdsCode() == null || details.leaCdsCode().isBlank()) {
			throw new NetworkRuleViolation("leaCdsCode", "networks.engagement.lea.required");
		}
		var lea = directory.findLea(details.leaCdsCode().trim())
			.orElseThrow(
					() -> new NetworkRuleViolation("leaCdsCode", "networks.lea.unknown", details.leaCdsCode().trim()));
		var organization = organizations.find(details.organizationId())
			.orElseThrow(() -> new NetworkRuleViolation("organizationId", "networks.engagement.organization.required"));
		if (organization.kind() != OrganizationKind.CONSULTING_PARTNER) {
			throw new NetworkRuleViolation("organizationId", "networks.engagement.organization.notConsulting",
					organization.name());
		}
		var engagement = new Engagement(
				new EngagementDetails(lea.cdsCode(), organization.id(), details.goals(), details.deliverables(),
						details.sessionsPlanned(), details.startsOn(), details.endsOn(), details.amountCents()),
				clock.instant());
		lockEngagementsOf(lea);
		refuseOverlap(lea, engagement);
		var consultants = new ArrayList<PersonId>();
		for (var email : consultantEmails) {
			if (email == null || email.isBlank()) {
				continue;
			}
			consultants.add(people.findByEmail(email.trim())
				.orElseThrow(() -> new NetworkRuleViolation("consultants", "networks.person.unknown", email.trim()))
				.id());
		}
		consultants.forEach(c -> engagement.assign(c.value()));
		var saved = engagements.saveAndFlush(engagement);
		audit.record("networks.engagement-created", "engagement " + saved.getId(),
				lea.cdsCode() + " with " + organization.name());
		return saved.getId();
	}

	/**
	 * Serialises engagement creations for one LEA (others are not held up), so the
	 * overlap check sees every engagement committed before it.
	 */
	private void lockEngagementsOf(LeaSummary lea) {
		jdbc.update("insert into coaching_lea_lock (lea_cds_code) values (?) on conflict do nothing", lea.cdsCode());
		jdbc.queryForObject("select lea_cds_code from coaching_lea_lock where lea_cds_code = ? for update",
				String.class, lea.cdsCode());
	}

	private void refuseOverlap(LeaSummary lea, Engagement candidate) {
		for (var other : engagements.findByLeaCdsCode(lea.cdsCode())) {
			if (other.overlaps(candidate.getStartsOn(), candidate.getEndsOn())) {
				throw new NetworkRuleViolation("startsOn", "networks.engagement.overlaps", lea.name(),
						other.getStartsOn(), other.getEndsOn());
			}
		}
	}

	/**
	 * Staff see every engagement (filtered); a consultant those assigned to them; a
	 * co-lead those of the LEA whose team they co-lead; anyone else none.
	 */
	@PreAuthorize("@networkPolicy.isSignedIn(principal)")
	@Transactional(readOnly = true)
	public List<EngagementView> visibleTo(SignedInUser user, EngagementFilter filter) {
		var visible = new ArrayList<Engagement>();
		if (policy.isStaff(user)) {
			visible.addAll(engagements.findAllByOrderByStartsOnDescIdDesc());
		}
		else {
			if (policy.isConsultant(user)) {
				visible.addAll(engagements.findAssignedTo(user.personId().value()));
			}
			var coLed = teams.teamsOf(user.personId())
				.stream()
				.filter(team -> teams.isCoLead(user.personId(), team.id()))
				.map(team -> team.leaCdsCode())
				.toList();
			if (!coLed.isEmpty()) {
				engagements.findByLeaCdsCodeInOrderByStartsOnDesc(coLed)
					.stream()
					.filter(e -> visible.stream().noneMatch(v -> v.getId().equals(e.getId())))
					.forEach(visible::add);
			}
		}
		return visible.stream()
			.map(this::view)
			.filter(filter::matches)
			.sorted(Comparator.comparing(EngagementView::startsOn).reversed())
			.toList();
	}

	@PreAuthorize("@networkPolicy.canRead(principal, #id)")
	@Transactional(readOnly = true)
	public EngagementView view(long id) {
		return view(engagement(id));
	}

	@PreAuthorize("@networkPolicy.canLog(principal, #id)")
	@Transactional
	public long logSession(long id, SessionDetails details, SignedInUser user) {
		var engagement = engagement(id);
		var session = engagement.logSession(details, user.personId().value(), clock.instant(), LocalDate.now(clock));
		engagements.flush();
		audit.record("networks.session-logged", "engagement " + id, "session on " + details.heldOn());
		return session.getId();
	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void changeStatus(long id, EngagementStatus status) {
		var engagement = engagement(id);
		engagement.changeStatus(status);
		audit.record("networks.engagement-status", "engagement " + id, String.valueOf(status));
	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void assign(long id, String email) {
		if (email == null || email.isBlank()) {
			throw new NetworkRuleViolation("email", "networks.consultant.email.required");
		}
		var person = people.findByEmail(email.trim())
			.orElseThrow(() -> new NetworkRuleViolation("email", "networks.person.unknown", email.trim()));
		engagement(id).assign(person.id().value());
		audit.record("networks.consultant-assigned", "engagement " + id, person.email());
	}

	@PreAuthorize("@networkPolicy.isStaff(principal)")
	@Transactional
	public void unassign(long id, long personId) {
		engagement(id).unassign(personId);
		audit.record("networks.consultant-unassigned", "engagement " + id, "person " + personId);
	}

	private Engagement engagement(long id) {
		return engagements.findById(id).orElseThrow(() -> new NotFoundException("No engagement " + id));
	}

	private EngagementView view(Engagement e) {
		var consultants = e.getConsultantIds()
			.stream()
			.flatMap(pid -> people.find(new PersonId(pid)).stream())
			.map(p -> new ConsultantRow(p.id().value(), p.displayName(), p.email()))
			.sorted(Comparator.comparing(ConsultantRow::name))
			.toList();
		var sessions = e.getSessions()
			.stream()
			.map(s -> new SessionRow(s.getId(), s.getHeldOn(), s.getDurationMinutes(), s.getLaborParticipants(),
					s.getManagementParticipants(), s.getParticipants(), s.getNotes(), s.getNextSteps()))
			.toList();
		return new EngagementView(e.getId(), e.getLeaCdsCode(),
				directory.findLea(e.getLeaCdsCode()).map(LeaSummary::name).orElse(e.getLeaCdsCode()),
				organizations.find(e.getOrganizationId()).orElse(null), consultants, e.getGoals(), e.getDeliverables(),
				e.getSessionsPlanned(), e.getStartsOn(), e.getEndsOn(), e.getAmountCents(), e.getStatus(),
				e.sessionsHeld(), e.hours(), sessions);
	}

}
