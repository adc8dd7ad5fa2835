package app.accord.accounts;

/**
 * Records sensitive actions (who did what to what, from where) in the caller's
 * transaction.
 */
public interface AuditTrail {

	void record(String action, String subject, String details);

}
