package app.accord.networks.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.networks.network.NetworkService.NetworkFilter;
import app.accord.networks.network.NetworkViews.MemberRow;
import app.accord.networks.network.NetworkViews.NetworkRow;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network list and page look each LEA up once and count members in the database:
 * their rows are those a member-by-member reading gives, and the list's statements do not
 * grow with the number of networks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NetworkListingTests {

	@Autowired
	NetworkTestData data;

	@Autowired
	NetworkService service;

	@Autowired
	NetworkRepository networks;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNetworkPageListsMembersByLeaNameWithTheirOtherNetworks() {
		var today = LocalDate.now(clock);
		var network = data.network("Page");
		var other = data.network("Other");
		var first = data.freeLea();
		data.join(network, first, today.minusDays(30));
		var second = data.freeLea();
		data.join(network, second, today.minusDays(20));
		data.join(other, second, today.minusDays(10));
		var third = data.freeLea();
		data.join(network, third, today.minusDays(40));
		var staff = signIn(data.staff());
		service.memberLeaves(network,
				service.view(network)
					.members()
					.stream()
					.filter(m -> m.cdsCode().equals(third))
					.findFirst()
					.orElseThrow()
					.id(),
				today);

		var view = service.view(network);

		assertThat(view.members()).isEqualTo(memberByMember(network));
		assertThat(view.members()).extracting(MemberRow::cdsCode).containsExactlyInAnyOrder(first, second, third);
		assertThat(view.members()
			.stream()
			.filter(m -> m.cdsCode().equals(second))
			.findFirst()
			.orElseThrow()
			.otherNetworks()).containsExactly(service.network(other).getName());
		assertThat(view.hubName()).isEqualTo(data.leaName(view.hubCdsCode()));
		var row = service.visibleTo(staff, NetworkFilter.NONE)
			.stream()
			.filter(r -> r.id() == network)
			.findFirst()
			.orElseThrow();
		assertThat(row.currentMembers()).isEqualTo(2);
		assertThat(row.hubName()).isEqualTo(view.hubName());
		assertThat(service.visibleTo(staff, NetworkFilter.NONE)).extracting(NetworkRow::currentMembers)
			.isEqualTo(transactions.execute(status -> networks.findAllByOrderByNameAsc()
				.stream()
				.map(n -> n.membersOn(LocalDate.now(clock)).size())
				.toList()));
	}

	@Test
	void theListsStatementsDoNotGrowWithTheNumberOfNetworks() {
		var staff = signIn(data.staff());
		data.join(data.network("Counted"), data.freeLea(), LocalDate.now(clock));
		var before = statements(() -> service.visibleTo(staff, NetworkFilter.NONE));
		for (int i = 0; i < 4; i++) {
			data.join(data.network("Counted"), data.freeLea(), LocalDate.now(clock));
		}
		signIn(staff);
		assertThat(statements(() -> service.visibleTo(staff, NetworkFilter.NONE))).isEqualTo(before);
	}

	private long statements(Runnable call) {
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		call.run();
		return statistics.getPrepareStatementCount();
	}

	/**
	 * The member rows as reading each member's LEA and networks one by one gives them.
	 */
	private List<MemberRow> memberByMember(long id) {
		return transactions.execute(status -> {
			var network = networks.findById(id).orElseThrow();
			return network.history()
				.stream()
				.sorted(Comparator.comparing((NetworkMember m) -> leaName(m.getLeaCdsCode()))
					.thenComparing(NetworkMember::getJoinedOn))
				.map(m -> {
					var lea = directory.findLea(m.getLeaCdsCode());
					return new MemberRow(m.getId(), m.getLeaCdsCode(),
							lea.map(LeaSummary::name).orElse(m.getLeaCdsCode()), lea.map(LeaSummary::type).orElse(null),
							lea.map(LeaSummary::county).orElse(null), m.getJoinedOn(), m.getLeftOn(),
							networks.findWithCurrentMember(m.getLeaCdsCode())
								.stream()
								.filter(n -> !n.getId().equals(id))
								.map(Network::getName)
								.toList());
				})
				.toList();
		});
	}

	private String leaName(String cdsCode) {
		return directory.findLea(cdsCode).map(LeaSummary::name).orElse(cdsCode);
	}

	private static SignedInUser signIn(SignedInUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		return user;
	}

}
