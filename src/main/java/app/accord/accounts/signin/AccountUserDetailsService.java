package app.accord.accounts.signin;

import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.people.Person;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(Person.normalize(email))
			.filter(Account::hasPassword)
			.map(Account::toSignedInUser)
			.orElseThrow(() -> new UsernameNotFoundException("No password account"));
	}

}
