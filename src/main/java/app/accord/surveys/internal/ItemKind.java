package app.accord.surveys.internal;

/** What an item asks for. */
enum ItemKind {

	/** Agreement on a 4- or 5-point scale, 1 = strongly disagree. */
	LIKERT,
	/** One option of a fixed list (e.g. role group). */
	CHOICE,
	/** Free text, optional by nature. */
	TEXT

}
