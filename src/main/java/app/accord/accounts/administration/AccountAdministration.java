package app.accord.accounts.administration;

import java.time.Clock;

import app.accord.accounts.Role;
import app.accord.accounts.audit.AuditLog;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.signin.OneTimeTokens;
import app.accord.accounts.signin.SignInLinks;
import app.accord.accounts.tokens.ApiTokens;
import app.accord.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with accounts: invite people, change roles, disable and enable. Every
 * change is audited; disabling ends the person's sessions at once and revokes their API
 * tokens and unused links, so enabling the account again revives none of them.
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class AccountAdministration {

	private final AccountRepository accounts;

	private final PeopleService people;

	private final SignInLinks links;

	private final ApiTokens apiTokens;

	private final OneTimeTokens oneTimeTokens;

	private final AuditLog audit;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, PeopleService people, SignInLinks links, ApiTokens apiTokens,
			OneTimeTokens oneTimeTokens, AuditLog audit, FindByIndexNameSessionRepository<?> sessions, Clock clock) {
		this.accounts = accounts;
		this.people = people;
		this.links = links;
		this.apiTokens = apiTokens;
		this.oneTimeTokens = oneTimeTokens;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	enum InviteOutcome {

		INVITED, ALREADY_HAS_ACCOUNT

	}

	@Transactional(readOnly = true)
	Page<Account> search(String query, Role role, Pageable pageable) {
		return accounts.search(query == null ? "" : query.trim().toLowerCase(), role, pageable);
	}

	@Transactional(readOnly = true)
	Account get(long personId) {
		return accounts.findById(personId).orElseThrow(() -> new NotFoundException("No account " + personId));
	}

	/**
	 * Gives the person an account with the role and emails them an invitation link; a
	 * person who already has an account keeps it unchanged.
	 */
	@Transactional
	InviteOutcome invite(String email, String name, Role role, String invitedBy) {
		var person = people.findOrCreatePerson(email, name);
		if (accounts.existsById(person.getId())) {
			return InviteOutcome.ALREADY_HAS_ACCOUNT;
		}
		var account = accounts.saveAndFlush(new Account(person, role, clock.instant()));
		links.invite(account, invitedBy);
		audit.record("account.invited", person.getEmailNormalized(), "role=" + role);
		return InviteOutcome.INVITED;
	}

	@Transactional
	void changeRole(long personId, Role role) {
		var account = get(personId);
		var before = account.getRole();
		if (before == role) {
			return;
		}
		account.changeRole(role);
		audit.record("account.role-changed", account.getPerson().getEmailNormalized(), before + " -> " + role);
		// The role is part of the signed-in session: the person signs in again to get the
		// new one.
		endSessions(account);
	}

	@Transactional
	public void disable(long personId) {
		var account = get(personId);
		account.disable();
		audit.record("account.disabled", account.getPerson().getEmailNormalized(), null);
		endSessions(account);
		apiTokens.revokeAll(personId);
		oneTimeTokens.voidAll(personId);
	}

	@Transactional
	void enable(long personId) {
		var account = get(personId);
		account.enable();
		audit.record("account.enabled", account.getPerson().getEmailNormalized(), null);
	}

	private void endSessions(Account account) {
		var principal = account.getPerson().getEmailNormalized();
		sessions.findByPrincipalName(principal).keySet().forEach(sessions::deleteById);
	}

}
