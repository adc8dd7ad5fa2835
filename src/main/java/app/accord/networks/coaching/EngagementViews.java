package app.accord.networks.coaching;

import java.time.LocalDate;
import java.util.List;

import app.accord.directory.OrganizationSummary;

/** What the engagement pages and API show. */
public final class EngagementViews {

	private EngagementViews() {
	}

	record ConsultantRow(long personId, String name, String email) {
	}

	record SessionRow(long id, LocalDate heldOn, int durationMinutes, int laborParticipants, int managementParticipants,
			String participants, String notes, String nextSteps) {
	}

	/**
	 * An engagement with its progress: sessions held against planned and hours logged.
	 */
	record EngagementView(long id, String leaCdsCode, String leaName, OrganizationSummary organization,
			List<ConsultantRow> consultants, String goals, String deliverables, int sessionsPlanned, LocalDate startsOn,
			LocalDate endsOn, Long amountCents, EngagementStatus status, int sessionsHeld, double hours,
			List<SessionRow> sessions) {

		public int progressPercent() {
			return Math.min(100, Math.round(100f * sessionsHeld / sessionsPlanned));
		}

		public String amount() {
			return amountCents == null ? null : String.format(java.util.Locale.US, "$%,.2f", amountCents / 100.0);
		}

	}

}
