package app.accord.outreach;

/**
 * Where every module puts the email it wants sent. The message is stored in the caller's
 * transaction, so it is sent if and only if the change that caused it is committed; a
 * background worker delivers it with retries.
 */
public interface Outbox {

	/**
	 * Stores the mail for delivery; joins the caller's transaction (or starts one), so a
	 * rollback of the caller's change discards the mail too. Delivery happens after
	 * commit, usually within seconds; without an SMTP server the mail is kept for staff
	 * to read on the Outgoing mail page ({@code /staff/mail}).
	 * @return the id of the stored message
	 * @throws IllegalArgumentException if the recipient is not a single plain email
	 * address, the subject is blank or more than one line, or an attachment lacks a name,
	 * a valid content type or content (20 MB in all at most)
	 */
	long enqueue(OutgoingMail mail);

}
