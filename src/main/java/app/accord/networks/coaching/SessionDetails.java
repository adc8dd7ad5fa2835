package app.accord.networks.coaching;

import java.time.LocalDate;

/** What a consultant logs of one coaching session. */
public record SessionDetails(LocalDate heldOn, int durationMinutes, int laborParticipants, int managementParticipants,
		String participants, String notes, String nextSteps) {
}
