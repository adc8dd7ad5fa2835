package app.accord.surveys.administrations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import app.accord.directory.Directory;
import app.accord.networks.Networks;

import org.springframework.stereotype.Component;

/**
 * The LEA lines of a new administration fielded to a network: its members on the opening
 * day (today if none is given), one per line with the LEA's name as a note, for staff to
 * type the head-counts.
 */
@Component
class NetworkLeaLines {

	private final Networks networks;

	private final Directory directory;

	private final Clock clock;

	NetworkLeaLines(Networks networks, Directory directory, Clock clock) {
		this.networks = networks;
		this.directory = directory;
		this.clock = clock;
	}

	/** The lines, or empty if there is no such network. */
	Optional<String> of(Long networkId, LocalDate opensOn) {
		var network = networkId == null ? null : networks.find(networkId).orElse(null);
		if (network == null) {
			return Optional.empty();
		}
		var day = opensOn == null ? LocalDate.now(clock) : opensOn;
		var lines = new StringBuilder();
		for (var code : networks.memberCdsCodesOn(network.id(), day)) {
			lines.append(code)
				.append(", # ")
				.append(directory.findLea(code).map(l -> l.name()).orElse(""))
				.append('\n');
		}
		return Optional.of(lines.toString());
	}

}
