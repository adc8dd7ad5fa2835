package app.accord.directory.leas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.accord.directory.CountySummary;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The directory as other modules see it. */
@Component
class DirectoryQueries implements Directory {

	private final LeaCatalog catalog;

	DirectoryQueries(LeaCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<LeaSummary> findLea(String cdsCode) {
		return this.catalog.find(cdsCode).map(Lea::toSummary);
	}

	@Override
	public Map<String, LeaSummary> findLeas(Collection<String> cdsCodes) {
		return this.catalog.find(cdsCodes).stream().collect(Collectors.toMap(Lea::getCdsCode, Lea::toSummary));
	}

	@Override
	public boolean exists(String cdsCode) {
		return this.catalog.exists(cdsCode);
	}

	@Override
	public Optional<app.accord.directory.LeaLocation> locate(String cdsCode) {
		return this.catalog.find(cdsCode)
			.filter(lea -> lea.getLatitude() != null && lea.getLongitude() != null)
			.map(lea -> new app.accord.directory.LeaLocation(lea.getCdsCode(), lea.getLatitude().doubleValue(),
					lea.getLongitude().doubleValue()));
	}

	@Override
	public List<LeaSummary> search(String text, int limit) {
		if (text == null || text.isBlank() || limit < 1) {
			return List.of();
		}
		var criteria = new LeaCatalog.Criteria(text.trim(), null, null, null);
		return this.catalog.search(criteria, PageRequest.of(0, limit, Sort.by("name")))
			.map(Lea::toSummary)
			.getContent();
	}

	@Override
	public List<CountySummary> counties() {
		var counts = this.catalog.leaCountByCounty();
		var offices = this.catalog.countyOffices();
		return this.catalog.counties()
			.stream()
			.map(county -> new CountySummary(county.getName(), county.getCdsCountyCode(), county.getFips(),
					county.getCcsesaRegion(), county.getRegion(), offices.get(county.getId()),
					counts.getOrDefault(county.getId(), 0L)))
			.toList();
	}

}
