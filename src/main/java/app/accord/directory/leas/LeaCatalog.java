package app.accord.directory.leas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.accord.directory.LeaType;
import app.accord.directory.Region;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding LEAs and counties, for the pages, the map and the API. */
@Service
@Transactional(readOnly = true)
public class LeaCatalog {

	private static final Pattern CDS_PREFIX = Pattern.compile("\\d{1,14}");

	private final LeaRepository leas;

	private final CountyRepository counties;

	LeaCatalog(LeaRepository leas, CountyRepository counties) {
		this.leas = leas;
		this.counties = counties;
	}

	/**
	 * What to look for; every part is optional.
	 *
	 * @param text part of the name (any case), or the start of the CDS code
	 * @param county county name as the directory writes it
	 */
	public record Criteria(String text, String county, Region region, LeaType type) {

		public static Criteria all() {
			return new Criteria(null, null, null, null);
		}

	}

	public Page<Lea> search(Criteria criteria, Pageable pageable) {
		return this.leas.findAll(matching(criteria), pageable);
	}

	public List<Lea> list(Criteria criteria) {
		return this.leas.findAll(matching(criteria));
	}

	public Optional<Lea> find(String cdsCode) {
		if (cdsCode == null || !cdsCode.matches("\\d{14}")) {
			return Optional.empty();
		}
		return this.leas.findByCdsCode(cdsCode);
	}

	/** Those of the LEAs that exist, in one query. */
	public List<Lea> find(Collection<String> cdsCodes) {
		var codes = cdsCodes.stream().filter(c -> c != null && c.matches("\\d{14}")).distinct().toList();
		return codes.isEmpty() ? List.of() : this.leas.findByCdsCodeIn(codes);
	}

	public boolean exists(String cdsCode) {
		return cdsCode != null && cdsCode.matches("\\d{14}") && this.leas.existsByCdsCode(cdsCode);
	}

	public List<County> counties() {
		return this.counties.findAllByOrderByName();
	}

	public Optional<County> county(String name) {
		return name == null || name.isBlank() ? Optional.empty() : this.counties.findByNameIgnoreCase(name.trim());
	}

	/** Number of LEAs per county id. */
	public Map<Long, Long> leaCountByCounty() {
		return this.leas.countByCounty()
			.stream()
			.collect(Collectors.toMap(LeaRepository.CountyCount::getCountyId, LeaRepository.CountyCount::getLeas));
	}

	/** CDS code of each county's office of education, by county id. */
	public Map<Long, String> countyOffices() {
		return this.leas.findCodesByType(LeaType.COUNTY_OFFICE)
			.stream()
			.collect(Collectors.toMap(LeaRepository.CountyLea::getCountyId, LeaRepository.CountyLea::getCdsCode,
					(first, second) -> first));
	}

	private static Specification<Lea> matching(Criteria criteria) {
		return (root, query, builder) -> {
			var predicates = new ArrayList<Predicate>();
			var text = criteria.text() == null ? "" : criteria.text().trim();
			if (!text.isEmpty()) {
				var pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
				var byName = builder.like(root.get("searchName"), pattern, '\\');
				predicates.add(CDS_PREFIX.matcher(text).matches()
						? builder.or(byName, builder.like(root.get("cdsCode"), text + "%")) : byName);
			}
			if (criteria.county() != null) {
				predicates.add(builder.equal(builder.lower(root.get("county").get("name")),
						criteria.county().toLowerCase(Locale.ROOT)));
			}
			if (criteria.region() != null) {
				predicates.add(builder.equal(root.get("county").get("region"), criteria.region()));
			}
			if (criteria.type() != null) {
				predicates.add(builder.equal(root.get("type"), criteria.type()));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
