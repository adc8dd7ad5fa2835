/**
 * Email: the durable outbox every module writes to, its delivery worker, and (later)
 * mailing lists.
 */
package app.accord.outreach;
