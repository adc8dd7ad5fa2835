package app.accord.library;

import app.accord.ModuleClasses;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;
import app.accord.library.catalog.LibraryReading;
import app.accord.library.catalog.LibraryTestData;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.Visibility;
import app.accord.library.search.SearchQuery;
import app.accord.library.uploads.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library booted alone (with the shared module), the LEA directory standing in for
 * its module: staff publish a members-only resource with a PDF, its text is indexed in
 * the background, members find it by a word of the file and read it, the public does not.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
class LibraryModuleTests {

	@MockitoBean
	Directory directory;

	@Autowired
	LibraryTestData data;

	@Autowired
	LibraryReading reading;

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	ApplicationContext context;

	@Test
	void bootsWithoutTheOtherModules() {
		assertThat(ModuleClasses.modulesOfBeans(context)).containsOnly("library", "shared");
		assertThat(context.getBeanNamesForType(CaseStudies.class)).hasSize(1);
	}

	@Test
	void publishedFileIsFoundByItsTextAndReadByMembersOnly() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var id = data.withFile(
				LibraryTestData.details("Interest-based bargaining " + word, ResourceLanguage.EN, Visibility.MEMBERS),
				"guide.pdf", TestFiles.pdf("Bargaining notes about " + word + " in practice"));
		assertThat(data.settled(id).getIndexState().name()).isEqualTo("INDEXED");

		SignedInUser member = LibraryTestData.MEMBER;
		var found = reading.search(member, SearchQuery.text(word));
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.items()).singleElement().satisfies(item -> {
			assertThat(item.id()).isEqualTo(id);
			assertThat(item.title()).isEqualTo("Interest-based bargaining " + word);
			assertThat(item.membersOnly()).isTrue();
		});
		assertThat(reading.search(null, SearchQuery.text(word)).total()).isZero();

		assertThat(reading.visible(member, id).getTitle()).isEqualTo("Interest-based bargaining " + word);
		var download = reading.download(member, id);
		try (var content = download.content()) {
			assertThat(download.fileName()).isEqualTo("guide.pdf");
			assertThat(content.readAllBytes()).hasSize((int) download.size()).startsWith("%PDF".getBytes());
		}
	}

}
