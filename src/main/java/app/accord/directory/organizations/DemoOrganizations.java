package app.accord.directory.organizations;

import java.util.List;

import app.accord.directory.OrganizationKind;
import app.accord.directory.leas.County;
import app.accord.shared.DemoData;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The initiative's real state partners and its consulting partner for the {@code demo}
 * profile. An organization whose name exists is left alone, so running it again changes
 * nothing. A first stage of the demo data, which refers to these organizations.
 */
@Component
@Profile("demo")
class DemoOrganizations implements DemoData {

	record Sample(String name, String shortName, OrganizationKind kind, String website) {
	}

	static final List<Sample> SAMPLES = List.of(
			new Sample("California Department of Education", "CDE", OrganizationKind.STATE_PARTNER,
					"https://www.cde.ca.gov"),
			new Sample("Association of California School Administrators", "ACSA", OrganizationKind.STATE_PARTNER,
					"https://www.acsa.org"),
			new Sample("California County Superintendents Educational Services Association", "CCSESA",
					OrganizationKind.STATE_PARTNER, "https://ccsesa.org"),
			new Sample("California Federation of Teachers", "CFT", OrganizationKind.UNION, "https://www.cft.org"),
			new Sample("California School Boards Association", "CSBA", OrganizationKind.STATE_PARTNER,
					"https://www.csba.org"),
			new Sample("California School Employees Association", "CSEA", OrganizationKind.UNION,
					"https://www.csea.com"),
			new Sample("California Teachers Association", "CTA", OrganizationKind.UNION, "https://www.cta.org"),
			new Sample("California Collaborative for Educational Excellence", "CCEE", OrganizationKind.STATE_PARTNER,
					"https://ccee-ca.org"),
			new Sample("Consortium for Educational Change", "CEC", OrganizationKind.CONSULTING_PARTNER,
					"https://cecweb.org"));

	private final OrganizationRegistry registry;

	DemoOrganizations(OrganizationRegistry registry) {
		this.registry = registry;
	}

	@Override
	public int stage() {
		return PEOPLE_AND_ORGANIZATIONS;
	}

	@Override
	public void createSampleData() {
		for (var sample : SAMPLES) {
			registry.ensure(sample.name(), sample.shortName(), sample.kind(), sample.website());
		}
	}

}
