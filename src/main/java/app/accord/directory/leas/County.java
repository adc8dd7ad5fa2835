package app.accord.directory.leas;

import app.accord.directory.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of California's 58 counties. Loaded from the shipped data; not edited in the app.
 */
@Entity
@Table(name = "directory_county")
public class County {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Column(name = "cds_county_code")
	private String cdsCountyCode;

	private String fips;

	@Column(name = "ccsesa_region")
	private int ccsesaRegion;

	private Region region;

	protected County() {
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getCdsCountyCode() {
		return this.cdsCountyCode;
	}

	public String getFips() {
		return this.fips;
	}

	public int getCcsesaRegion() {
		return this.ccsesaRegion;
	}

	public Region getRegion() {
		return this.region;
	}

}
