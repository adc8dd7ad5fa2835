package app.accord.directory.leas;

import java.math.BigDecimal;
import java.util.List;

import app.accord.directory.Directory;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import app.accord.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as JSON. Unlike the pages, the API refuses bad input (400 with problem
 * details) rather than guessing: a program should learn of its mistake.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Directory", description = "California's local educational agencies (LEAs) and counties")
class DirectoryApi {

	static final int MAX_SIZE = 100;

	private final LeaCatalog catalog;

	private final Directory directory;

	DirectoryApi(LeaCatalog catalog, Directory directory) {
		this.catalog = catalog;
		this.directory = directory;
	}

	record LeaItem(String cdsCode, String name, String type, String county, String region, String city,
			BigDecimal latitude, BigDecimal longitude, Integer enrollment, BigDecimal frpmPercent) {

		static LeaItem of(Lea lea) {
			return new LeaItem(lea.getCdsCode(), lea.getName(), lea.getType().label(), lea.getCounty().getName(),
					lea.getCounty().getRegion().displayName(), lea.getCity(), lea.getLatitude(), lea.getLongitude(),
					lea.getEnrollment(), lea.getFrpmPercent());
		}

	}

	record LeaPage(List<LeaItem> items, int page, int size, long totalItems, int totalPages) {
	}

	/**
	 * @param inLatestSourceFile false when the latest imported CDE file did not list the
	 * LEA (it is kept)
	 */
	record LeaDetails(String cdsCode, String name, String type, String docCode, String county, String region,
			String street, String city, String zip, String phone, BigDecimal latitude, BigDecimal longitude,
			Integer schoolCount, Integer charterSchoolCount, Integer enrollment, Integer charterEnrollment,
			Integer frpmCount, BigDecimal frpmPercent, String ncesDistrictId, boolean inLatestSourceFile) {

		static LeaDetails of(Lea lea) {
			return new LeaDetails(lea.getCdsCode(), lea.getName(), lea.getType().label(), lea.getDocCode(),
					lea.getCounty().getName(), lea.getCounty().getRegion().displayName(), lea.getStreet(),
					lea.getCity(), lea.getZip(), lea.getPhone(), lea.getLatitude(), lea.getLongitude(),
					lea.getSchoolCount(), lea.getCharterSchoolCount(), lea.getEnrollment(), lea.getCharterEnrollment(),
					lea.getFrpmCount(), lea.getFrpmPercent(), lea.getNcesDistrictId(), !lea.isMissingFromSource());
		}

	}

	record CountyItem(String name, String fips, String cdsCountyCode, String region, int ccsesaRegion,
			String countyOfficeCdsCode, long leaCount) {
	}

	@GetMapping("/leas")
	@Operation(summary = "Search LEAs",
			description = "LEAs sorted by name, a page at a time. All filters are optional and combine.")
	@ApiResponse(responseCode = "200", description = "A page of LEAs")
	@ApiResponse(responseCode = "400", description = "A parameter has a value the API does not know")
	LeaPage leas(
			@Parameter(description = "Part of the name (any case), or the start of the 14-digit CDS code",
					example = "unified") @RequestParam(required = false) String q,
			@Parameter(description = "County name", example = "Fresno") @RequestParam(required = false) String county,
			@Parameter(description = "Region name (any case) or slug",
					example = "central-valley") @RequestParam(required = false) String region,
			@Parameter(description = "LEA type: name (any case) or slug, e.g. Unified, elementary, high-school, "
					+ "county-office", example = "unified") @RequestParam(required = false) String type,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "25") int size) {
		if (page < 0) {
			throw new IllegalArgumentException("Parameter 'page' must be 0 or more.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("Parameter 'size' must be between 1 and " + MAX_SIZE + ".");
		}
		if ((long) page * size > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Parameter 'page' is past the last page: page times size must stay "
					+ "under " + Integer.MAX_VALUE + ".");
		}
		if (q != null && q.length() > SearchForm.MAX_QUERY) {
			throw new IllegalArgumentException(
					"Parameter 'q' must be at most " + SearchForm.MAX_QUERY + " characters long.");
		}
		String countyName = null;
		if (county != null && !county.isBlank()) {
			countyName = this.catalog.county(county)
				.orElseThrow(() -> new IllegalArgumentException("Unknown county '" + county + "'."))
				.getName();
		}
		var criteria = new LeaCatalog.Criteria(q, countyName, blank(region) ? null : Region.require(region),
				blank(type) ? null : LeaType.require(type));
		var results = this.catalog.search(criteria,
				PageRequest.of(page, size, Sort.by("name").and(Sort.by("cdsCode"))));
		return new LeaPage(results.map(LeaItem::of).getContent(), page, size, results.getTotalElements(),
				results.getTotalPages());
	}

	@GetMapping("/leas/{cdsCode}")
	@Operation(summary = "One LEA by its CDS code")
	@ApiResponse(responseCode = "200", description = "The LEA")
	@ApiResponse(responseCode = "404", description = "No LEA has this CDS code")
	LeaDetails lea(
			@Parameter(description = "14-digit CDS code", example = "10621660000000") @PathVariable String cdsCode) {
		return this.catalog.find(cdsCode)
			.map(LeaDetails::of)
			.orElseThrow(() -> new NotFoundException("No LEA has CDS code '" + cdsCode + "'."));
	}

	@GetMapping("/counties")
	@Operation(summary = "California's counties with their region and number of LEAs")
	List<CountyItem> counties() {
		return this.directory.counties()
			.stream()
			.map(county -> new CountyItem(county.name(), county.fips(), county.cdsCountyCode(),
					county.region().displayName(), county.ccsesaRegion(), county.countyOfficeCdsCode(),
					county.leaCount()))
			.toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
