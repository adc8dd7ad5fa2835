package app.accord.accounts.administration;

import java.time.Clock;
import java.util.List;

import app.accord.accounts.Role;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.shared.DemoData;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample accounts for the {@code demo} profile, one per role besides staff. They have no
 * password: sign in by emailed link, which staff can read on the Outgoing mail page.
 * Running it again changes nothing.
 */
@Component
@Profile("demo")
class DemoPeople implements DemoData {

	record Sample(String email, String name, Role role) {
	}

	static final List<Sample> SAMPLES = List.of(
			new Sample("coordinator@monterey-coe.example.org", "Lucía Ramírez", Role.COORDINATOR),
			new Sample("consultant@collaboration-partners.example.org", "Daniel Okafor", Role.CONSULTANT),
			new Sample("coach@cec.example.org", "Renee Whitfield", Role.CONSULTANT),
			new Sample("superintendent@alisal.example.org", "Hector Villanueva", Role.MEMBER),
			new Sample("president@alisal-teachers.example.org", "Maria Estrada", Role.MEMBER));

	private final PeopleService people;

	private final AccountRepository accounts;

	private final Clock clock;

	DemoPeople(PeopleService people, AccountRepository accounts, Clock clock) {
		this.people = people;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public int stage() {
		return PEOPLE_AND_ORGANIZATIONS;
	}

	@Override
	@Transactional
	public void createSampleData() {
		for (var sample : SAMPLES) {
			var person = people.findOrCreatePerson(sample.email(), sample.name());
			if (!accounts.existsById(person.getId())) {
				accounts.save(new Account(person, sample.role(), clock.instant()));
			}
		}
	}

}
