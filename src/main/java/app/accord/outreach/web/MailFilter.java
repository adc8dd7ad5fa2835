package app.accord.outreach.web;

import app.accord.outreach.internal.MailStatus;

/**
 * The filter of the Outgoing mail page, from the query string.
 */
record MailFilter(MailStatus status, String recipient) {

}
