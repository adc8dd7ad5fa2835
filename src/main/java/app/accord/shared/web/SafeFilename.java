package app.accord.shared.web;

/**
 * A file name that is safe to offer for download: no directories, no control or quoting
 * characters, not empty, not too long.
 */
public final class SafeFilename {

	public static final String FALLBACK = "download";

	private SafeFilename() {
	}

	public static String of(String name) {
		if (name == null) {
			return FALLBACK;
		}
		var base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var safe = base.replaceAll("[\\p{Cntrl}\"*:<>?|;%]", "_").strip();
		// Leading dots would hide the file or, as "..", name a directory.
		safe = safe.replaceFirst("^\\.+", "");
		if (safe.length() > 150) {
			int dot = safe.lastIndexOf('.');
			var extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
			safe = safe.substring(0, 150 - extension.length()) + extension;
		}
		return safe.isBlank() ? FALLBACK : safe;
	}

}
