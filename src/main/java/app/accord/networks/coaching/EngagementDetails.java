package app.accord.networks.coaching;

import java.time.LocalDate;

/** The scope of work of a coaching engagement. */
public record EngagementDetails(String leaCdsCode, long organizationId, String goals, String deliverables,
		int sessionsPlanned, LocalDate startsOn, LocalDate endsOn, Long amountCents) {
}
