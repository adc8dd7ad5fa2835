package app.accord.directory.map;

/**
 * Albers equal-area conic projection (Snyder, "Map Projections: A Working Manual", p.
 * 100, spherical form). With standard parallels 34°N and 40.5°N and central meridian
 * 120°W it is California's own (EPSG:3310), so counties keep their true relative areas.
 */
final class AlbersProjection {

	private final double lambda0;

	private final double n;

	private final double c;

	private final double rho0;

	AlbersProjection(double parallel1, double parallel2, double originLatitude, double centralMeridian) {
		var phi1 = Math.toRadians(parallel1);
		var phi2 = Math.toRadians(parallel2);
		this.lambda0 = Math.toRadians(centralMeridian);
		this.n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
		this.c = Math.cos(phi1) * Math.cos(phi1) + 2 * this.n * Math.sin(phi1);
		this.rho0 = Math.sqrt(this.c - 2 * this.n * Math.sin(Math.toRadians(originLatitude))) / this.n;
	}

	static AlbersProjection california() {
		return new AlbersProjection(34, 40.5, 0, -120);
	}

	/** Projected x (east) and y (north) on the unit sphere. */
	double[] project(double longitude, double latitude) {
		var rho = Math.sqrt(this.c - 2 * this.n * Math.sin(Math.toRadians(latitude))) / this.n;
		var theta = this.n * (Math.toRadians(longitude) - this.lambda0);
		return new double[] { rho * Math.sin(theta), this.rho0 - rho * Math.cos(theta) };
	}

}
