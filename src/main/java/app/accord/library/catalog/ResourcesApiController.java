package app.accord.library.catalog;

import app.accord.library.search.IndexState;
import app.accord.library.uploads.StoredFile;
import app.accord.library.uploads.UploadRejected;
import app.accord.library.uploads.Uploads;
import app.accord.library.search.SearchResults;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.WebAddress;
import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.shared.RuleViolation.Kind;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The library JSON API: search with facets, a resource, publishing one with its file. It
 * goes through the same services as the pages: every token holder is a signed-in member
 * and sees members-only resources; only staff publish.
 */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Library", description = "Resources: search with facets, details, publishing with a file")
@SecurityRequirement(name = "bearer")
class ResourcesApiController {

	private final LibraryReading reading;

	private final ResourceCatalog catalog;

	private final Uploads uploads;

	ResourcesApiController(LibraryReading reading, ResourceCatalog catalog, Uploads uploads) {
		this.reading = reading;
		this.catalog = catalog;
		this.uploads = uploads;
	}

	/**
	 * @param url the item's page: {@code /library/resources/{id}}, or for a case study
	 * {@code /library/case-studies/{id}} (the id is then the case study's)
	 */
	record Item(long id, String title, ResourceKind kind, String language, String url, String snippet) {
	}

	record Page(long total, int page, List<Item> items, Map<String, List<SearchResults.FacetCount>> facets) {
	}

	record TopicJson(long id, String nameEn, String nameEs) {
	}

	record FileJson(String name, String mediaType, long size, String url) {
	}

	record ResourceJson(long id, String title, String summary, ResourceKind kind, String language, Long translationId,
			String audience, String authors, LocalDate publishedOn, Visibility visibility, List<TopicJson> topics,
			String externalUrl, FileJson file, IndexState indexState, long downloads) {

		static ResourceJson of(Resource r) {
			return new ResourceJson(r.getId(), r.getTitle(), r.getSummary(), r.getKind(), r.getLanguage().code(),
					r.getTranslationId(), r.getAudience(), r.getAuthors(), r.getPublishedOn(), r.getVisibility(),
					r.getTopics().stream().map(t -> new TopicJson(t.getId(), t.getNameEn(), t.getNameEs())).toList(),
					r.getExternalUrl(), r.hasFile() ? new FileJson(r.getFileName(), r.getFileType().mediaType(),
							r.getFileSize(), "/library/resources/" + r.getId() + "/file") : null,
					r.getIndexState(), r.getDownloads());
		}

	}

	/** The metadata part of a new resource. */
	record NewResource(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String summary,
			@NotNull ResourceKind kind, @NotNull @Pattern(regexp = "en|es") @Schema(allowableValues = {
					"en", "es" }) String language,
			Long translationId, @Size(max = 300) String audience, @Size(max = 500) String authors,
			@SensibleDate(earliestYear = SensibleDate.EARLIEST_PUBLISHED_YEAR,
					message = "{validation.date.published}") LocalDate publishedOn,
			@NotNull Visibility visibility, @Size(max = 2000) @WebAddress String externalUrl, List<Long> topicIds){

		ResourceDetails details() {
			return new ResourceDetails(title, summary, kind, ResourceLanguage.ofCode(language).orElseThrow(),
					translationId, audience, authors, publishedOn, visibility, externalUrl,
					topicIds == null ? null : new HashSet<>(topicIds));
		}

	}

	@Schema(name = "CreatedResource")
	record Created(long id, IndexState indexState) {
	}

	@GetMapping
	@Operation(summary = "Search the library",
			description = "Words (English and Spanish stemming) over titles, summaries, metadata and the text of "
					+ "files, and over case studies (kind CASE_STUDY, url under /library/case-studies/); filters kind "
					+ "(e.g. GUIDEBOOK), topic (id), language (en, es), year. Items best first with their page's url "
					+ "and a highlighted, HTML-escaped snippet; facets with counts.")
	Page search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String language, @RequestParam(required = false) String year,
			@RequestParam(required = false) String page) {
		var query = LibraryController.query(q, kind, topic, language, year, page, LibraryController.PAGE_SIZE);
		var results = reading.search(user, query);
		var items = results.items()
			.stream()
			.map(found -> new Item(found.id(), found.title(), found.kind(), found.language().code(), found.url(),
					found.snippet()))
			.toList();
		return new Page(results.total(), query.page(), items, new LinkedHashMap<>(results.facets()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A resource with its metadata, file and indexing state")
	ResourceJson resource(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		return ResourceJson.of(reading.visible(user, id));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Publish a resource (staff)",
			description = "Multipart: 'metadata' as JSON and an optional 'file' (PDF, DOCX, PPTX, XLSX, PNG, JPEG, "
					+ "GIF; type checked by content). Without a file, metadata.externalUrl is required. The file's "
					+ "text is extracted in the background: indexState is PENDING until then.")
	ResponseEntity<Created> publish(@Valid @RequestPart("metadata") NewResource metadata,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		StoredFile stored = null;
		if (file != null && !file.isEmpty()) {
			try (var in = file.getInputStream()) {
				stored = uploads.accept(file.getOriginalFilename(), in);
			}
			catch (UploadRejected ex) {
				var kind = "library.upload.tooLarge".equals(ex.messageKey()) ? Kind.TOO_LARGE : Kind.INVALID;
				throw new LibraryRuleViolation(kind, "file", ex.messageKey(), ex.arguments());
			}
		}
		else if (file != null) {
			throw new LibraryRuleViolation("file", "library.upload.empty");
		}
		var id = catalog.publish(metadata.details(), stored);
		return ResponseEntity.created(URI.create("/api/v1/resources/" + id))
			.body(new Created(id, stored != null && stored.type().hasText() ? IndexState.PENDING : IndexState.INDEXED));
	}

}
