package app.accord.networks.network;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, Long> {

	List<Network> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

	/**
	 * Changes to members are made with the network locked, so two at once cannot add an
	 * LEA twice.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from Network n where n.id = :id")
	Optional<Network> findLocked(long id);

	@Query("select n from Network n join n.coordinatorIds c where c = :personId order by n.name")
	List<Network> findCoordinatedBy(long personId);

	@Query("select distinct n from Network n join n.members m where m.leaCdsCode = :cdsCode and m.leftOn is null order by n.name")
	List<Network> findWithCurrentMember(String cdsCode);

	/** The current network names of each of these LEAs, by network name. */
	@Query("select distinct m.leaCdsCode, n.id, n.name from Network n join n.members m where m.leaCdsCode in :cdsCodes and m.leftOn is null order by n.name, n.id")
	List<Object[]> findCurrentMemberships(java.util.Collection<String> cdsCodes);

	/** Per network, the number of LEAs that are members on that day. */
	@Query("select m.network.id, count(m) from NetworkMember m where m.joinedOn <= :day and (m.leftOn is null or m.leftOn > :day) group by m.network.id")
	List<Object[]> countMembersOn(java.time.LocalDate day);

	@Query("select count(c) > 0 from Network n join n.coordinatorIds c where n.id = :networkId and c = :personId")
	boolean isCoordinator(long networkId, long personId);

}
