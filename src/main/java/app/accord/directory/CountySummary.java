package app.accord.directory;

/**
 * A county with its region and the CDS code of its county office of education, the
 * natural hub of a regional network ({@code null} if the directory has none).
 */
public record CountySummary(String name, String cdsCountyCode, String fips, int ccsesaRegion, Region region,
		String countyOfficeCdsCode, long leaCount) {

}
