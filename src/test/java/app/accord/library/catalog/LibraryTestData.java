package app.accord.library.catalog;

import app.accord.library.search.IndexState;
import app.accord.library.uploads.UploadRejected;
import app.accord.library.uploads.Uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import app.accord.accounts.PersonId;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Saved resources for integration tests that share one database and index; each test
 * makes its own with a unique word, so it finds only what it made.
 */
@Component
public class LibraryTestData {

	public static final SignedInUser STAFF = new SignedInUser(new PersonId(1), "staff@accord.test", "Staff", Role.STAFF,
			true, null);

	public static final SignedInUser MEMBER = new SignedInUser(new PersonId(2), "member@accord.test", "Member",
			Role.MEMBER, true, null);

	private final ResourceCatalog catalog;

	private final Uploads uploads;

	private final ResourceRepository resources;

	LibraryTestData(ResourceCatalog catalog, Uploads uploads, ResourceRepository resources) {
		this.catalog = catalog;
		this.uploads = uploads;
		this.resources = resources;
	}

	/** A word no other test uses, to search for. */
	public static String uniqueWord() {
		var letters = new StringBuilder("zq");
		for (var c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return letters.toString();
	}

	public static ResourceDetails details(String title, ResourceLanguage language, Visibility visibility) {
		return new ResourceDetails(title, null, ResourceKind.RESEARCH, language, null, null, null,
				LocalDate.of(2020, 3, 1), visibility, "https://example.org/" + UUID.randomUUID(), Set.of());
	}

	public long link(ResourceDetails details) {
		return asStaff(() -> catalog.publish(details, null));
	}

	public long withFile(ResourceDetails details, String fileName, byte[] content) {
		return asStaff(() -> {
			try {
				return catalog.publish(details, uploads.accept(fileName, new ByteArrayInputStream(content)));
			}
			catch (UploadRejected | IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Waits (a bounded while) until the resource's file is no longer pending. */
	public Resource settled(long id) {
		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			var resource = resources.findById(id).orElseThrow();
			if (resource.getIndexState() != IndexState.PENDING) {
				return resource;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Resource " + id + " still pending");
	}

	public static <T> T asStaff(Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(STAFF, null, STAFF.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
