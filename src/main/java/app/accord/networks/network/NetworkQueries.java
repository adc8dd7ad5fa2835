package app.accord.networks.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.accord.accounts.PersonId;
import app.accord.networks.NetworkSummary;
import app.accord.networks.Networks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NetworkQueries implements Networks {

	private final NetworkRepository networks;

	NetworkQueries(NetworkRepository networks) {
		this.networks = networks;
	}

	@Override
	public List<NetworkSummary> all() {
		return networks.findAllByOrderByNameAsc().stream().map(NetworkQueries::summary).toList();
	}

	@Override
	public Optional<NetworkSummary> find(long networkId) {
		return networks.findById(networkId).map(NetworkQueries::summary);
	}

	@Override
	public List<String> memberCdsCodesOn(long networkId, LocalDate day) {
		return networks.findById(networkId)
			.map(network -> network.membersOn(day).stream().map(NetworkMember::getLeaCdsCode).toList())
			.orElse(List.of());
	}

	@Override
	public boolean isCoordinator(PersonId person, long networkId) {
		return networks.isCoordinator(networkId, person.value());
	}

	@Override
	public List<NetworkSummary> coordinatedBy(PersonId person) {
		return networks.findCoordinatedBy(person.value()).stream().map(NetworkQueries::summary).toList();
	}

	private static NetworkSummary summary(Network network) {
		return new NetworkSummary(network.getId(), network.getName());
	}

}
