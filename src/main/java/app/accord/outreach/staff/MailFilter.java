package app.accord.outreach.staff;

import java.util.Arrays;

import app.accord.outreach.delivery.MailStatus;

/**
 * The filter of the Outgoing mail page, from the query string. The status stays text so
 * that an unknown one (a stale bookmark) shows every status instead of failing.
 */
record MailFilter(String status, String recipient) {

	MailStatus mailStatus() {
		return Arrays.stream(MailStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
	}

}
