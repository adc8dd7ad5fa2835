package app.accord.outreach.delivery;

/**
 * Where a message of the outbox is on its way out.
 */
public enum MailStatus {

	/** Waiting for its (next) delivery attempt. */
	PENDING,
	/** Claimed by one application node, which is handing it to the SMTP server. */
	SENDING,
	/** Accepted by the SMTP server. */
	SENT,
	/** No SMTP server is configured: kept for staff to read on the Outgoing mail page. */
	KEPT,
	/** Given up after the maximum number of attempts; staff may retry it. */
	FAILED

}
