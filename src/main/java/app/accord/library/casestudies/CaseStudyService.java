package app.accord.library.casestudies;

import app.accord.library.search.LibraryIndexer;
import app.accord.library.catalog.LibraryPolicy;
import app.accord.library.catalog.LibraryRuleViolation;
import app.accord.library.catalog.Visibility;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import app.accord.directory.Directory;
import app.accord.directory.LeaPageLink;
import app.accord.directory.LeaPageLinks;
import app.accord.library.CaseStudies;
import app.accord.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case studies: staff write them, readers see those their visibility allows, and the
 * directory's LEA page links to an LEA's public one.
 */
@Service
class CaseStudyService implements CaseStudies, LeaPageLinks {

	private final CaseStudyRepository caseStudies;

	private final Directory directory;

	private final LibraryPolicy policy;

	private final LibraryIndexer indexer;

	private final Clock clock;

	CaseStudyService(CaseStudyRepository caseStudies, Directory directory, LibraryPolicy policy, LibraryIndexer indexer,
			Clock clock) {
		this.caseStudies = caseStudies;
		this.directory = directory;
		this.policy = policy;
		this.indexer = indexer;
		this.clock = clock;
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional
	public long write(CaseStudyDetails details) {
		var lea = directory.findLea(details.leaCdsCode())
			.orElseThrow(() -> new LibraryRuleViolation("leaCdsCode", "library.caseStudy.lea.unknown"));
		var id = caseStudies.saveAndFlush(new CaseStudy(details, lea.name(), clock.instant())).getId();
		indexer.caseStudyChangedAfterCommit(id);
		return id;
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional
	public void change(long id, CaseStudyDetails details) {
		var caseStudy = caseStudies.findById(id).orElseThrow(() -> new NotFoundException("No case study " + id));
		var lea = directory.findLea(details.leaCdsCode())
			.orElseThrow(() -> new LibraryRuleViolation("leaCdsCode", "library.caseStudy.lea.unknown"));
		caseStudy.describe(details, lea.name(), clock.instant());
		caseStudies.saveAndFlush(caseStudy);
		indexer.caseStudyChangedAfterCommit(id);
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public CaseStudy forEditing(long id) {
		return caseStudies.findById(id).orElseThrow(() -> new NotFoundException("No case study " + id));
	}

	@Transactional(readOnly = true)
	public List<CaseStudy> visibleTo(Object principal, String leaCdsCode) {
		var all = leaCdsCode == null || leaCdsCode.isBlank() ? caseStudies.findAllByOrderByLeaNameAscIdAsc()
				: caseStudies.findByLeaCdsCodeOrderByPublishedOnDescIdDesc(leaCdsCode.strip());
		return all.stream().filter(c -> policy.canSee(principal, c.getVisibility())).toList();
	}

	@Transactional(readOnly = true)
	public CaseStudy visible(Object principal, long id) {
		return caseStudies.findById(id)
			.filter(c -> policy.canSee(principal, c.getVisibility()))
			.orElseThrow(() -> new NotFoundException("No case study " + id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> publicCaseStudyOf(String cdsCode) {
		return caseStudies.findByLeaCdsCodeOrderByPublishedOnDescIdDesc(cdsCode)
			.stream()
			.filter(c -> c.getVisibility() == Visibility.PUBLIC)
			.map(CaseStudy::getId)
			.findFirst();
	}

	@Override
	public List<LeaPageLink> linksFor(String cdsCode) {
		return publicCaseStudyOf(cdsCode)
			.map(id -> List.of(new LeaPageLink("library.caseStudy.link", "/library/case-studies/" + id)))
			.orElse(List.of());
	}

}
