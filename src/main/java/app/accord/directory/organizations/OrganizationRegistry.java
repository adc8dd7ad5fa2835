package app.accord.directory.organizations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import app.accord.accounts.AuditTrail;
import app.accord.directory.OrganizationKind;
import app.accord.directory.OrganizationSummary;
import app.accord.directory.Organizations;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner organizations: anyone reads them, staff add and change them. */
@Service
@Transactional(readOnly = true)
public class OrganizationRegistry implements Organizations {

	private final OrganizationRepository organizations;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationRegistry(OrganizationRepository organizations, AuditTrail audit, Clock clock) {
		this.organizations = organizations;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Optional<OrganizationSummary> find(long id) {
		return organizations.findById(id).map(Organization::summary);
	}

	@Override
	public List<OrganizationSummary> list() {
		return organizations.findAllByOrderByNameAsc().stream().map(Organization::summary).toList();
	}

	@Override
	public List<OrganizationSummary> ofKind(OrganizationKind kind) {
		return organizations.findByKindOrderByNameAsc(kind).stream().map(Organization::summary).toList();
	}

	@PreAuthorize("hasRole('STAFF')")
	@Transactional
	public long add(String name, String shortName, OrganizationKind kind, String website) {
		if (organizations.findByNameIgnoreCase(name.trim()).isPresent()) {
			throw new OrganizationNameTaken(name.trim());
		}
		var saved = organizations.saveAndFlush(new Organization(name, shortName, kind, website, clock.instant()));
		audit.record("directory.organization-added", "organization " + saved.getId(), saved.getName());
		return saved.getId();
	}

	/** For sample data: the organization with that name, added if missing. */
	@Transactional
	long ensure(String name, String shortName, OrganizationKind kind, String website) {
		return organizations.findByNameIgnoreCase(name)
			.orElseGet(
					() -> organizations.saveAndFlush(new Organization(name, shortName, kind, website, clock.instant())))
			.getId();
	}

}
