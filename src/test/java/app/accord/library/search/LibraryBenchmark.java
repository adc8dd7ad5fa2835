package app.accord.library.search;

import app.accord.library.uploads.FileType;
import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.uploads.TestFiles;
import app.accord.library.catalog.Visibility;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.store.FSDirectory;

/**
 * Measures the library search: 10,000 resources of which 1,000 carry a 20-page text, then
 * search latency (p50/p95 over 2,000 searches with and without filters) and the time to
 * read and index an 80-page PDF. Not a test: run it with the command in the README.
 */
public final class LibraryBenchmark {

	private static final String[] DOMAIN = { "peer", "assistance", "review", "trust", "communication", "decision",
			"making", "shared", "vision", "recruitment", "retention", "lcap", "budget", "teachers", "union",
			"management", "collaboration", "students", "learning", "district", "board", "superintendent", "classified",
			"certificated", "contract", "bargaining", "interest", "based", "committee", "practice" };

	private static final String[] SPANISH = { "evaluación", "entre", "pares", "confianza", "comunicación", "decisiones",
			"visión", "compartida", "maestros", "sindicato", "colaboración", "estudiantes", "aprendizaje", "distrito",
			"presupuesto" };

	private LibraryBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var random = new Random(42);
		var vocabulary = vocabulary(random, 20_000);
		var directory = Files.createTempDirectory("accord-bench-index");
		var heap = Runtime.getRuntime();
		try (var index = new SearchIndex(FSDirectory.open(directory), Integer.getInteger("hl", 2_000_000))) {
			var start = System.nanoTime();
			for (var id = 1; id <= 10_000; id++) {
				// One in five resources is in Spanish, among the long ones as among the
				// others.
				var longText = id % 10 == 3;
				var spanish = longText ? id % 50 == 3 : id % 5 == 0;
				var text = longText ? pages(random, vocabulary, 20, spanish) : null;
				index.put(new IndexedResource(id, sentence(random, vocabulary, 8, spanish),
						sentence(random, vocabulary, 40, spanish), ResourceKind.values()[id % 9],
						spanish ? ResourceLanguage.ES : ResourceLanguage.EN, "Author " + (id % 300), "Teams",
						List.of((long) (id % 7) + 1), List.of(), LocalDate.of(2010 + id % 12, 1 + id % 12, 1),
						id % 4 == 0 ? Visibility.MEMBERS : Visibility.PUBLIC, text));
			}
			index.commit();
			var indexing = Duration.ofNanos(System.nanoTime() - start);
			System.out.printf("Indexed 10,000 resources (1,000 with a 20-page text) in %.1f s; heap in use %d MB%n",
					indexing.toMillis() / 1000.0, (heap.totalMemory() - heap.freeMemory()) / (1024 * 1024));

			var queries = new ArrayList<SearchQuery>();
			for (var i = 0; i < 2_000; i++) {
				var words = i % 3 == 0 ? "peer assistance and review"
						: i % 3 == 1 ? DOMAIN[random.nextInt(DOMAIN.length)] + " " + vocabulary[random.nextInt(2000)]
								: SPANISH[random.nextInt(SPANISH.length)];
				var kind = i % 4 == 0 ? ResourceKind.values()[random.nextInt(9)] : null;
				var year = i % 5 == 0 ? 2010 + random.nextInt(12) : null;
				queries.add(new SearchQuery(words, kind, null, null, year, 1, 20));
			}
			// Warm up the JIT and the caches, as a running server would be.
			for (var i = 0; i < 300; i++) {
				index.search(queries.get(i), i % 2 == 0);
			}
			var times = new double[queries.size()];
			for (var i = 0; i < queries.size(); i++) {
				var t0 = System.nanoTime();
				index.search(queries.get(i), i % 2 == 0);
				times[i] = (System.nanoTime() - t0) / 1_000_000.0;
			}
			for (var kind = 0; kind < 3; kind++) {
				var part = new ArrayList<Double>();
				for (var i = kind; i < times.length; i += 3) {
					part.add(times[i]);
				}
				part.sort(null);
				System.out.printf("  %s: p50 %.2f ms, p95 %.2f ms%n",
						kind == 0 ? "\"peer assistance and review\""
								: kind == 1 ? "two English words" : "one Spanish word",
						part.get(part.size() / 2), part.get((int) (part.size() * 0.95)));
			}
			Arrays.sort(times);
			System.out.printf("Search over 2,000 queries: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
					times[times.length / 2], times[(int) (times.length * 0.95)], times[times.length - 1]);

			var pdfPages = new String[80];
			for (var p = 0; p < 80; p++) {
				pdfPages[p] = sentence(random, vocabulary, 400, false);
			}
			var pdf = Files.createTempFile("accord-bench", ".pdf");
			Files.write(pdf, TestFiles.pdf(pdfPages));
			var t0 = System.nanoTime();
			var text = TextExtractor.extract(pdf, FileType.PDF, 2_000_000, Clock.systemUTC().instant().plusSeconds(60),
					Clock.systemUTC());
			index.put(new IndexedResource(20_000, "Building a Culture of Collaboration", null, ResourceKind.GUIDEBOOK,
					ResourceLanguage.EN, null, null, List.of(), List.of(), LocalDate.of(2019, 1, 1), Visibility.PUBLIC,
					text));
			index.commit();
			System.out.printf("Reading and indexing an 80-page PDF (%d KB, %,d characters): %d ms%n",
					Files.size(pdf) / 1024, text.length(), (System.nanoTime() - t0) / 1_000_000);
			Files.delete(pdf);
		}
		finally {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static String[] vocabulary(Random random, int size) {
		var words = new String[size];
		for (var i = 0; i < size; i++) {
			var word = new StringBuilder();
			var length = 3 + random.nextInt(8);
			for (var c = 0; c < length; c++) {
				word.append((char) ('a' + random.nextInt(26)));
			}
			words[i] = word.toString();
		}
		return words;
	}

	/** Words with a skewed distribution (a few common, many rare), as in real text. */
	private static String sentence(Random random, String[] vocabulary, int words, boolean spanish) {
		var out = new StringBuilder();
		for (var i = 0; i < words; i++) {
			var roll = random.nextInt(100);
			String word;
			if (roll < 8) {
				word = spanish ? SPANISH[random.nextInt(SPANISH.length)] : DOMAIN[random.nextInt(DOMAIN.length)];
			}
			else {
				var rank = (int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 2000);
				word = vocabulary[rank];
			}
			out.append(word).append(i % 15 == 14 ? ". " : " ");
		}
		return out.toString();
	}

	private static String pages(Random random, String[] vocabulary, int pages, boolean spanish) {
		var out = new StringBuilder();
		for (var p = 0; p < pages; p++) {
			out.append(sentence(random, vocabulary, 450, spanish)).append('\n');
		}
		return out.toString();
	}

}
