package app.accord.directory.organizations;

import java.time.Instant;

import app.accord.directory.OrganizationKind;
import app.accord.directory.OrganizationSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner organization: state partner, union or association, consultant, funder. */
@Entity
@Table(name = "directory_organization")
public class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	private String website;

	private Instant createdAt;

	protected Organization() {
	}

	Organization(String name, String shortName, OrganizationKind kind, String website, Instant now) {
		this.name = name.trim();
		this.shortName = blankToNull(shortName);
		this.kind = kind;
		this.website = blankToNull(website);
		this.createdAt = now;
	}

	public OrganizationSummary summary() {
		return new OrganizationSummary(id, name, shortName, kind, website);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
