package app.accord.directory.leas;

import java.math.BigDecimal;

import app.accord.directory.LeaType;
import app.accord.directory.imports.LeaFile;

/**
 * One LEA as a file describes it, already checked. Fields the file's layout does not
 * carry are {@code null} and are not applied (see {@link LeaFile.Layout#carries}).
 */
public record LeaRecord(int line, String cdsCode, String name, LeaType type, String county, String city, String zip,
		String street, String phone, BigDecimal latitude, BigDecimal longitude, Integer schoolCount,
		Integer charterSchoolCount, Integer enrollment, Integer charterEnrollment, Integer frpmCount,
		BigDecimal frpmPercent, String ncesDistrictId, String docCode) {

}
