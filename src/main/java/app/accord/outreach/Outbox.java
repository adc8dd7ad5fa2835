package app.accord.outreach;

/**
 * Where every module puts the email it wants sent. The message is stored in the caller's
 * transaction, so it is sent if and only if the change that caused it is committed; a
 * background worker delivers it with retries.
 */
public interface Outbox {

	/**
	 * Stores the mail for delivery; joins the caller's transaction.
	 * @return the id of the stored message
	 */
	long enqueue(OutgoingMail mail);

}
