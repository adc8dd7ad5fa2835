package app.accord.library.catalog;

import app.accord.library.casestudies.CaseStudy;
import app.accord.library.casestudies.CaseStudyRepository;
import app.accord.library.uploads.FileStore;
import app.accord.library.uploads.FileType;
import app.accord.library.search.SearchIndex;
import app.accord.library.search.SearchQuery;
import app.accord.library.search.SearchResults;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.accord.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see of the library: search, a resource and its file. Members-only
 * resources do not exist for the public: not in results, and their page and file answer
 * "not found" whatever the URL.
 */
@Service
public class LibraryReading {

	private final ResourceRepository resources;

	private final CaseStudyRepository caseStudies;

	private final SearchIndex index;

	private final LibraryPolicy policy;

	private final FileStore files;

	LibraryReading(ResourceRepository resources, CaseStudyRepository caseStudies, SearchIndex index,
			LibraryPolicy policy, FileStore files) {
		this.resources = resources;
		this.caseStudies = caseStudies;
		this.index = index;
		this.policy = policy;
		this.files = files;
	}

	/**
	 * A hit as results show it, a resource or a case study.
	 *
	 * @param url its page
	 */
	public record Found(long id, String title, ResourceKind kind, ResourceLanguage language,
			java.time.LocalDate publishedOn, boolean membersOnly, String summary, String url, String snippet) {

		static Found of(Resource r, String snippet) {
			return new Found(r.getId(), r.getTitle(), r.getKind(), r.getLanguage(), r.getPublishedOn(),
					r.getVisibility() == Visibility.MEMBERS, r.getSummary(), "/library/resources/" + r.getId(),
					snippet);
		}

		static Found of(CaseStudy c, String snippet) {
			return new Found(c.getId(), c.getTitle(), ResourceKind.CASE_STUDY, ResourceLanguage.EN, c.getPublishedOn(),
					c.isMembersOnly(), c.getWhatLed(), "/library/case-studies/" + c.getId(), snippet);
		}

	}

	public record Results(SearchQuery query, long total, List<Found> items,
			Map<String, List<SearchResults.FacetCount>> facets) {

		public int pages() {
			return (int) Math.min(500, (total + query.pageSize() - 1) / query.pageSize());
		}

	}

	@Transactional(readOnly = true)
	public Results search(Object principal, SearchQuery query) {
		var results = index.search(query, policy.isMember(principal));
		var ids = results.hits().stream().filter(hit -> !hit.caseStudy()).map(SearchResults.Hit::id).toList();
		var byId = resources.findAllById(ids).stream().collect(Collectors.toMap(Resource::getId, Function.identity()));
		var caseStudyIds = results.hits()
			.stream()
			.filter(SearchResults.Hit::caseStudy)
			.map(SearchResults.Hit::id)
			.toList();
		var caseStudiesById = caseStudies.findAllById(caseStudyIds)
			.stream()
			.filter(c -> policy.canSee(principal, c.getVisibility()))
			.collect(Collectors.toMap(CaseStudy::getId, Function.identity()));
		var items = results.hits().stream().map(hit -> {
			if (hit.caseStudy()) {
				var caseStudy = caseStudiesById.get(hit.id());
				return caseStudy == null ? null : Found.of(caseStudy, hit.snippet());
			}
			var resource = byId.get(hit.id());
			return resource == null || !policy.canSee(principal, resource.getVisibility()) ? null
					: Found.of(resource, hit.snippet());
		}).filter(java.util.Objects::nonNull).toList();
		return new Results(query, results.total(), items, results.facets());
	}

	@Transactional(readOnly = true)
	public Resource visible(Object principal, long id) {
		var resource = resources.findById(id)
			.filter(found -> policy.canSee(principal, found.getVisibility()))
			.orElseThrow(() -> new NotFoundException("No resource " + id));
		return touch(resource);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Resource> translationOf(Object principal, Resource resource) {
		if (resource.getTranslationId() == null) {
			return java.util.Optional.empty();
		}
		return resources.findById(resource.getTranslationId())
			.filter(found -> policy.canSee(principal, found.getVisibility()));
	}

	/** Newsletters the reader may see, newest first. */
	@Transactional(readOnly = true)
	public List<Resource> newsletters(Object principal) {
		return resources.findByKindOrderByPublishedOnDescIdDesc(ResourceKind.NEWSLETTER)
			.stream()
			.filter(resource -> policy.canSee(principal, resource.getVisibility()))
			.toList();
	}

	public record Download(String fileName, FileType type, long size, InputStream content) {
	}

	/** The resource's file, counted as one download. */
	@Transactional
	public Download download(Object principal, long id) throws IOException {
		var resource = visible(principal, id);
		if (!resource.hasFile()) {
			throw new NotFoundException("Resource " + id + " has no file");
		}
		resources.countDownload(id);
		return new Download(resource.getFileName(), resource.getFileType(), resource.getFileSize(),
				files.open(resource.getFileKey()));
	}

	private static Resource touch(Resource resource) {
		resource.getTopics();
		return resource;
	}

}
