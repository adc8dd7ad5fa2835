package app.accord.library.catalog;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic from the staff-managed list, named in English and Spanish. */
@Entity
@Table(name = "library_topic")
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String nameEn;

	private String nameEs;

	protected Topic() {
	}

	Topic(String nameEn, String nameEs) {
		rename(nameEn, nameEs);
	}

	void rename(String nameEn, String nameEs) {
		this.nameEn = nameEn.strip();
		this.nameEs = nameEs.strip();
	}

	public Long getId() {
		return id;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getNameEs() {
		return nameEs;
	}

	public String name(Locale locale) {
		return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
	}

}
