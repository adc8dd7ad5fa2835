package app.accord.surveys.answers;

/** An answer ready to store: a Likert value, a choice or a text. */
public record Answer(String itemCode, Integer value, String choice, String text) {
}
