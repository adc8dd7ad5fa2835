package app.accord.directory;

/** Where an LEA's office is, in WGS84 degrees; draw it with {@link CountyMap#project}. */
public record LeaLocation(String cdsCode, double latitude, double longitude) {
}
