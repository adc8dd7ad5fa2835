package app.accord.accounts.administration;

import java.time.Clock;
import java.util.Optional;

import app.accord.accounts.People;
import app.accord.accounts.PersonId;
import app.accord.accounts.PersonSummary;
import app.accord.accounts.Role;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.people.Emails;
import app.accord.accounts.people.Person;
import app.accord.accounts.people.PersonRepository;
import app.accord.accounts.signin.SignInLinks;
import app.accord.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PeopleService implements People {

	private final PersonRepository people;

	private final AccountRepository accounts;

	private final SignInLinks links;

	private final Clock clock;

	PeopleService(PersonRepository people, AccountRepository accounts, SignInLinks links, Clock clock) {
		this.people = people;
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void inviteToSignIn(PersonId id, String invitedBy) {
		var person = people.findById(id.value()).orElseThrow(() -> new NotFoundException("No person " + id.value()));
		var account = accounts.findById(person.getId())
			.orElseGet(() -> accounts.saveAndFlush(new Account(person, Role.MEMBER, clock.instant())));
		links.invite(account, invitedBy);
	}

	@Override
	@Transactional
	public PersonId findOrCreate(String email, String displayName) {
		return findOrCreatePerson(email, displayName).personId();
	}

	@Transactional
	public Person findOrCreatePerson(String email, String displayName) {
		Emails.requireValid(email);
		var known = people.findByEmailNormalized(Person.normalize(email));
		if (known.isEmpty()) {
			return people.saveAndFlush(new Person(email, displayName, clock.instant()));
		}
		// Someone first known by email alone (a sign-in link, a check-in) takes the name
		// the next module knows them by, such as their team's roster; a name they have is
		// kept.
		var person = known.get();
		if (person.knownByEmailOnly() && displayName != null && !displayName.isBlank()) {
			person.rename(displayName);
		}
		return person;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(PersonId id) {
		return people.findById(id.value()).map(Person::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> findByEmail(String email) {
		return email == null ? Optional.empty()
				: people.findByEmailNormalized(Person.normalize(email)).map(Person::summary);
	}

}
