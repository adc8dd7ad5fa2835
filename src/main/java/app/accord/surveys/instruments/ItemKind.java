package app.accord.surveys.instruments;

/** What an item asks for. */
public enum ItemKind {

	/** Agreement on a 4- or 5-point scale, 1 = strongly disagree. */
	LIKERT,
	/** One option of a fixed list (e.g. role group). */
	CHOICE,
	/** Free text, optional by nature. */
	TEXT

}
