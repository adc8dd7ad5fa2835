package app.accord.surveys.administrations;

/**
 * Staff closed an administration (published once the closing is committed): whatever a
 * node keeps of where its links lead is stale.
 */
public record AdministrationClosed(long administrationId) {
}
