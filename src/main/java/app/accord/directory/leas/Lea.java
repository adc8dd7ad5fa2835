package app.accord.directory.leas;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import app.accord.directory.LeaSummary;
import app.accord.directory.LeaType;
import app.accord.directory.imports.LeaFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A local educational agency: a school district, a county office of education or a state
 * school or charter with a district-level CDS code.
 */
@Entity
@Table(name = "directory_lea")
public class Lea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cds_code", updatable = false)
	private String cdsCode;

	private String name;

	/** The name in lower case, indexed for case-insensitive search. */
	private String searchName;

	private LeaType type;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "county_id")
	private County county;

	private String city;

	private String zip;

	private String street;

	private String phone;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private Integer schoolCount;

	private Integer charterSchoolCount;

	private Integer enrollment;

	private Integer charterEnrollment;

	private Integer frpmCount;

	private BigDecimal frpmPercent;

	private String ncesDistrictId;

	private String docCode;

	/** Set while the latest imported CDE file does not list this LEA; it is kept. */
	private Instant missingFromSourceSince;

	private Instant updatedAt;

	@Version
	private long version;

	protected Lea() {
	}

	public Lea(LeaRecord record, County county, Instant now) {
		this.cdsCode = record.cdsCode();
		update(record, county, LeaFile.Layout.SHIPPED.carries(), now);
	}

	/** Takes the values of the fields the file carries; the others keep their values. */
	public void update(LeaRecord record, County county, Set<LeaField> carried, Instant now) {
		for (var field : carried) {
			switch (field) {
				case NAME -> {
					this.name = record.name();
					this.searchName = searchName(record.name());
				}
				case TYPE -> this.type = record.type();
				case COUNTY -> this.county = county;
				case STREET -> this.street = record.street();
				case CITY -> this.city = record.city();
				case ZIP -> this.zip = record.zip();
				case PHONE -> this.phone = record.phone();
				case LATITUDE -> this.latitude = record.latitude();
				case LONGITUDE -> this.longitude = record.longitude();
				case SCHOOL_COUNT -> this.schoolCount = record.schoolCount();
				case CHARTER_SCHOOL_COUNT -> this.charterSchoolCount = record.charterSchoolCount();
				case ENROLLMENT -> this.enrollment = record.enrollment();
				case CHARTER_ENROLLMENT -> this.charterEnrollment = record.charterEnrollment();
				case FRPM_COUNT -> this.frpmCount = record.frpmCount();
				case FRPM_PERCENT -> this.frpmPercent = record.frpmPercent();
				case NCES_DISTRICT_ID -> this.ncesDistrictId = record.ncesDistrictId();
				case DOC_CODE -> this.docCode = record.docCode();
			}
		}
		this.missingFromSourceSince = null;
		this.updatedAt = now;
	}

	public static String searchName(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

	public void markMissingFromSource(Instant now) {
		if (this.missingFromSourceSince == null) {
			this.missingFromSourceSince = now;
			this.updatedAt = now;
		}
	}

	public LeaSummary toSummary() {
		return new LeaSummary(this.cdsCode, this.name, this.type, this.county.getName(), this.county.getRegion(),
				this.city, this.enrollment, this.frpmPercent);
	}

	public Long getId() {
		return this.id;
	}

	public String getCdsCode() {
		return this.cdsCode;
	}

	public String getName() {
		return this.name;
	}

	public LeaType getType() {
		return this.type;
	}

	public County getCounty() {
		return this.county;
	}

	public String getCity() {
		return this.city;
	}

	public String getZip() {
		return this.zip;
	}

	public String getStreet() {
		return this.street;
	}

	public String getPhone() {
		return this.phone;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public Integer getSchoolCount() {
		return this.schoolCount;
	}

	public Integer getCharterSchoolCount() {
		return this.charterSchoolCount;
	}

	public Integer getEnrollment() {
		return this.enrollment;
	}

	public Integer getCharterEnrollment() {
		return this.charterEnrollment;
	}

	public Integer getFrpmCount() {
		return this.frpmCount;
	}

	public BigDecimal getFrpmPercent() {
		return this.frpmPercent;
	}

	public String getNcesDistrictId() {
		return this.ncesDistrictId;
	}

	public String getDocCode() {
		return this.docCode;
	}

	public Instant getMissingFromSourceSince() {
		return this.missingFromSourceSince;
	}

	public boolean isMissingFromSource() {
		return this.missingFromSourceSince != null;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
