package app.accord.directory.leas;

import java.util.ArrayList;
import java.util.List;

import app.accord.directory.LeaType;
import app.accord.directory.Region;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search form made safe: unknown filters are dropped and out-of-range pages corrected,
 * each with a notice, so the page always answers.
 *
 * @param page 1-based
 * @param descending name sort order
 */
record DirectorySearch(String q, County county, Region region, LeaType type, int page, boolean descending,
		List<Notice> notices) {

	static DirectorySearch of(SearchForm form, LeaCatalog catalog) {
		var notices = new ArrayList<Notice>();
		var q = form.q() == null ? null : form.q().strip();
		if (q != null && q.length() > SearchForm.MAX_QUERY) {
			q = q.substring(0, SearchForm.MAX_QUERY);
			notices.add(new Notice("directory.notice.query-long", String.valueOf(SearchForm.MAX_QUERY)));
		}
		County county = null;
		if (present(form.county())) {
			county = catalog.county(form.county()).orElse(null);
			if (county == null) {
				notices.add(new Notice("directory.notice.county", form.county()));
			}
		}
		Region region = null;
		if (present(form.region())) {
			region = Region.parse(form.region()).orElse(null);
			if (region == null) {
				notices.add(new Notice("directory.notice.region", form.region()));
			}
		}
		LeaType type = null;
		if (present(form.type())) {
			type = LeaType.parse(form.type()).orElse(null);
			if (type == null) {
				notices.add(new Notice("directory.notice.type", form.type()));
			}
		}
		var page = 1;
		if (present(form.page())) {
			try {
				page = Integer.parseInt(form.page().strip());
			}
			catch (NumberFormatException ex) {
				page = 0;
			}
			if (page < 1) {
				notices.add(new Notice("directory.notice.page", form.page()));
				page = 1;
			}
		}
		var descending = false;
		if (present(form.sort())) {
			switch (form.sort().strip()) {
				case "name" -> descending = false;
				case "-name" -> descending = true;
				default -> notices.add(new Notice("directory.notice.sort", form.sort()));
			}
		}
		return new DirectorySearch(q == null || q.isEmpty() ? null : q, county, region, type, page, descending,
				notices);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	LeaCatalog.Criteria criteria() {
		return new LeaCatalog.Criteria(this.q, this.county == null ? null : this.county.getName(), this.region,
				this.type);
	}

	Sort sort() {
		var direction = this.descending ? Sort.Direction.DESC : Sort.Direction.ASC;
		return Sort.by(direction, "name").and(Sort.by("cdsCode"));
	}

	DirectorySearch onPage(int page) {
		return new DirectorySearch(this.q, this.county, this.region, this.type, page, this.descending, this.notices);
	}

	public String countyName() {
		return this.county == null ? null : this.county.getName();
	}

	public String regionSlug() {
		return this.region == null ? null : this.region.slug();
	}

	public String typeSlug() {
		return this.type == null ? null : this.type.slug();
	}

	public String sortParam() {
		return this.descending ? "-name" : "name";
	}

	/** The address of this search on another page. */
	public String link(int page) {
		return link(page, this.descending);
	}

	/** The address of this search sorted the other way, from the first page. */
	public String reverseSortLink() {
		return link(1, !this.descending);
	}

	private String link(int page, boolean descending) {
		var builder = UriComponentsBuilder.fromPath("/directory");
		param(builder, "q", this.q);
		param(builder, "county", countyName());
		param(builder, "region", regionSlug());
		param(builder, "type", typeSlug());
		if (descending) {
			builder.queryParam("sort", "-name");
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder builder, String name, String value) {
		if (value != null) {
			builder.queryParam(name, value);
		}
	}

}
