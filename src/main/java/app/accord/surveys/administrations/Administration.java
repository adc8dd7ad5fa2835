package app.accord.surveys.administrations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An instrument fielded to LEAs in a window; {@code networkId} when it was fielded to a
 * regional network's members.
 */
public record Administration(long id, long instrumentId, String title, LocalDate opensOn, LocalDate closesOn,
		OffsetDateTime closedAt, Long networkId, List<Lea> leas) {

	public record Lea(String cdsCode, String name, int headcount, String linkToken, List<Site> sites) {
	}

	public record Site(String code, String name) {
	}

	public enum State {

		NOT_YET_OPEN, OPEN, CLOSED

	}

	public State state(LocalDate today) {
		if (closedAt != null || today.isAfter(closesOn)) {
			return State.CLOSED;
		}
		return today.isBefore(opensOn) ? State.NOT_YET_OPEN : State.OPEN;
	}

	public Optional<Lea> lea(String cdsCode) {
		return leas.stream().filter(l -> l.cdsCode().equals(cdsCode)).findFirst();
	}

	public int headcount() {
		return leas.stream().mapToInt(Lea::headcount).sum();
	}

}
