package app.accord.shared.web;

import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people write to the initiative's staff: the address Accord's mail comes from
 * ({@code accord.mail.from}), unless that is a no-reply address, which nobody reads.
 * Templates call {@code ${@staffContact.address()}}; {@code null} means the application
 * knows no address to give.
 */
@Component("staffContact")
public class StaffContact {

	private static final Pattern ADDRESS = Pattern.compile("<?([^<>\\s]+@[^<>\\s]+)>?\\s*$");

	private static final Pattern NO_REPLY = Pattern.compile("^(no-?reply|do-?not-?reply|mailer-daemon)([+.@-]|$)",
			Pattern.CASE_INSENSITIVE);

	private final String address;

	StaffContact(@Value("${accord.mail.from:}") String from) {
		var matcher = ADDRESS.matcher(from.strip());
		this.address = (matcher.find() && !NO_REPLY.matcher(matcher.group(1)).find()) ? matcher.group(1) : null;
	}

	public String address() {
		return address;
	}

}
