package app.accord.directory;

import java.math.BigDecimal;

/**
 * What other modules know about an LEA. They refer to it by its 14-digit CDS code.
 *
 * @param enrollment K-12 enrollment, {@code null} when unknown
 * @param frpmPercent share of students eligible for free or reduced-price meals (0–100),
 * {@code null} when unknown
 */
public record LeaSummary(String cdsCode, String name, LeaType type, String county, Region region, String city,
		Integer enrollment, BigDecimal frpmPercent) {

}
