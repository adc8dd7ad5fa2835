package app.accord.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeFilenameTests {

	@Test
	void directoriesAreDropped() {
		assertThat(SafeFilename.of("../../etc/passwd")).isEqualTo("passwd");
		assertThat(SafeFilename.of("C:\\Users\\x\\invite.ics")).isEqualTo("invite.ics");
	}

	@Test
	void quotesControlCharactersAndLeadingDotsAreRemoved() {
		assertThat(SafeFilename.of("in\"vite\r\n.ics")).isEqualTo("in_vite__.ics");
		assertThat(SafeFilename.of("..hidden")).isEqualTo("hidden");
		assertThat(SafeFilename.of("..")).isEqualTo(SafeFilename.FALLBACK);
		assertThat(SafeFilename.of(null)).isEqualTo(SafeFilename.FALLBACK);
	}

	@Test
	void aLongNameIsShortenedButKeepsItsExtension() {
		var name = SafeFilename.of("a".repeat(300) + ".pdf");
		assertThat(name).hasSize(150).endsWith(".pdf");
	}

	@Test
	void accentsAreKept() {
		assertThat(SafeFilename.of("Invitación — Año 2026.ics")).isEqualTo("Invitación — Año 2026.ics");
	}

}
