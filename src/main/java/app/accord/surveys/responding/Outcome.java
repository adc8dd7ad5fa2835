package app.accord.surveys.responding;

/** What became of a submitted response. */
enum Outcome {

	STORED, ALREADY_STORED

}
