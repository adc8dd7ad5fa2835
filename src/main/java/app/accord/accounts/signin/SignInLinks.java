package app.accord.accounts.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import app.accord.accounts.SignedInUser;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.people.Emails;
import app.accord.accounts.people.Person;
import app.accord.outreach.Outbox;
import app.accord.outreach.OutgoingMail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in by a single-use link sent by email, valid for 15 minutes: board members who
 * sign in twice a year need no password. Invitations work the same way with a longer
 * validity.
 */
@Service
public class SignInLinks {

	static final Duration SIGN_IN_VALIDITY = Duration.ofMinutes(15);

	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final AccountRepository accounts;

	private final OneTimeTokens tokens;

	private final LoginThrottle throttle;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	private final Clock clock;

	SignInLinks(AccountRepository accounts, OneTimeTokens tokens, LoginThrottle throttle, Outbox outbox,
			MessageSource messages, @Value("${accord.base-url}") String baseUrl, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.tokens = tokens;
		this.throttle = throttle;
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	enum Outcome {

		/**
		 * A link was sent, or the address is unknown (which the requester is not told).
		 */
		ACCEPTED,
		/**
		 * A link was requested for this email a few minutes ago (told alike whether or
		 * not it has an account).
		 */
		RECENTLY_SENT,
		/** Too many requests from this place. */
		THROTTLED

	}

	/**
	 * Sends a link when the email belongs to an enabled account. The answer is the same
	 * whether or not it does, so nobody can probe who has an account.
	 */
	@Transactional
	Outcome request(String email, String address) {
		var decision = throttle.linkRequest(email, address);
		if (decision != LoginThrottle.LinkDecision.ALLOWED) {
			return decision == LoginThrottle.LinkDecision.RECENTLY_SENT ? Outcome.RECENTLY_SENT : Outcome.THROTTLED;
		}
		throttle.record(LoginThrottle.Kind.LINK_REQUEST, email, address, true);
		if (!Emails.isValid(email)) {
			return Outcome.ACCEPTED;
		}
		accounts.findByEmail(Person.normalize(email)).filter(Account::isEnabled).ifPresent(account -> {
			var token = tokens.issue(OneTimeTokens.Purpose.SIGN_IN, account.getPersonId(), SIGN_IN_VALIDITY);
			send(account.getPerson(), "mail.signin", token);
		});
		return Outcome.ACCEPTED;
	}

	/**
	 * Invites a person who has an account: their link is valid for a week.
	 */
	@Transactional
	public void invite(Account account, String invitedBy) {
		var token = tokens.issue(OneTimeTokens.Purpose.INVITATION, account.getPersonId(), INVITATION_VALIDITY);
		send(account.getPerson(), "mail.invitation", token, invitedBy);
	}

	boolean isValid(String token) {
		return tokens.isValid(token, OneTimeTokens.Purpose.SIGN_IN)
				|| tokens.isValid(token, OneTimeTokens.Purpose.INVITATION);
	}

	/**
	 * Uses the link: the person it was sent to, once, if their account is still enabled.
	 * Where they used it from becomes one of their usual places.
	 */
	@Transactional
	Optional<SignedInUser> redeem(String token, String address) {
		var redeemed = tokens.redeem(token, OneTimeTokens.Purpose.SIGN_IN)
			.or(() -> tokens.redeem(token, OneTimeTokens.Purpose.INVITATION));
		var account = redeemed.flatMap(r -> accounts.findById(r.personId())).filter(Account::isEnabled);
		account.ifPresent(a -> {
			accounts.markSignedIn(a.getPersonId(), clock.instant());
			throttle.record(LoginThrottle.Kind.LINK_SIGN_IN, a.getPerson().getEmailNormalized(), address, true);
		});
		return account.map(Account::toSignedInUser);
	}

	private void send(Person person, String key, String token, Object... args) {
		var locale = person.locale();
		var link = baseUrl + "/signin/link?token=" + token;
		var subject = messages.getMessage(key + ".subject", args, locale);
		var body = messages.getMessage(key + ".body",
				new Object[] { person.getDisplayName(), link, args.length > 0 ? args[0] : "" }, locale);
		outbox.enqueue(OutgoingMail.text(person.getEmail(), subject, body));
	}

}
