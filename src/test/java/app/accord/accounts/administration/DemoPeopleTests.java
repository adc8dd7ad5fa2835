package app.accord.accounts.administration;

import java.time.Clock;

import app.accord.accounts.people.AccountRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class DemoPeopleTests {

	@Autowired
	PeopleService people;

	@Autowired
	AccountRepository accounts;

	@Test
	void demoAccountsAreCreatedOnceWithTheirRoles() {
		var demo = new DemoPeople(people, accounts, Clock.systemUTC());
		demo.createSampleData();
		demo.createSampleData();
		for (var sample : DemoPeople.SAMPLES) {
			var account = accounts.findByEmail(sample.email()).orElseThrow();
			assertThat(account.getRole()).isEqualTo(sample.role());
			assertThat(account.hasPassword()).isFalse();
		}
	}

}
