package app.accord.directory.leas;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of an LEA a file can set, with how to read each from a file's record and
 * from the stored LEA, so an import can say exactly what it would change.
 */
public enum LeaField {

	NAME("name", LeaRecord::name, Lea::getName),

	TYPE("type", LeaRecord::type, Lea::getType),

	COUNTY("county", LeaRecord::county, lea -> lea.getCounty().getName()),

	STREET("street", LeaRecord::street, Lea::getStreet),

	CITY("city", LeaRecord::city, Lea::getCity),

	ZIP("zip", LeaRecord::zip, Lea::getZip),

	PHONE("phone", LeaRecord::phone, Lea::getPhone),

	LATITUDE("latitude", LeaRecord::latitude, Lea::getLatitude),

	LONGITUDE("longitude", LeaRecord::longitude, Lea::getLongitude),

	SCHOOL_COUNT("schoolCount", LeaRecord::schoolCount, Lea::getSchoolCount),

	CHARTER_SCHOOL_COUNT("charterSchoolCount", LeaRecord::charterSchoolCount, Lea::getCharterSchoolCount),

	ENROLLMENT("enrollment", LeaRecord::enrollment, Lea::getEnrollment),

	CHARTER_ENROLLMENT("charterEnrollment", LeaRecord::charterEnrollment, Lea::getCharterEnrollment),

	FRPM_COUNT("frpmCount", LeaRecord::frpmCount, Lea::getFrpmCount),

	FRPM_PERCENT("frpmPercent", LeaRecord::frpmPercent, Lea::getFrpmPercent),

	NCES_DISTRICT_ID("ncesDistrictId", LeaRecord::ncesDistrictId, Lea::getNcesDistrictId),

	DOC_CODE("docCode", LeaRecord::docCode, Lea::getDocCode);

	private final String key;

	private final Function<LeaRecord, Object> inFile;

	private final Function<Lea, Object> stored;

	LeaField(String key, Function<LeaRecord, Object> inFile, Function<Lea, Object> stored) {
		this.key = key;
		this.inFile = inFile;
		this.stored = stored;
	}

	public String messageKey() {
		return "directory.field." + this.key;
	}

	public Object inFile(LeaRecord record) {
		return this.inFile.apply(record);
	}

	public Object stored(Lea lea) {
		return this.stored.apply(lea);
	}

	/** Numbers compare by value: 37.1 and 37.100000 are the same latitude. */
	public boolean differs(Lea lea, LeaRecord record) {
		var before = stored(lea);
		var after = inFile(record);
		if (before instanceof BigDecimal b && after instanceof BigDecimal a) {
			return b.compareTo(a) != 0;
		}
		return !Objects.equals(before, after);
	}

}
