package app.accord.networks.internal;

import java.time.LocalDate;

/** What a consultant logs of one coaching session. */
record SessionDetails(LocalDate heldOn, int durationMinutes, int laborParticipants, int managementParticipants,
		String participants, String notes, String nextSteps) {
}
