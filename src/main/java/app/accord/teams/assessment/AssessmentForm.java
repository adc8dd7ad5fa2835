package app.accord.teams.assessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.accord.shared.validation.SensibleDate;
import app.accord.teams.team.TeamView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;

/**
 * One stage and one evidence note per practice, posted as {@code stages[PRACTICE]} and
 * {@code evidence[PRACTICE]}. Both are kept as typed, keyed by the practice's name, so
 * that a stage or a practice the form does not offer is told next to its practice instead
 * of failing the whole form and losing the rest.
 */
record AssessmentForm(@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate assessedOn, Map<String, String> stages,
		Map<String, String> evidence) {

	AssessmentForm {
		stages = (stages != null) ? stages : new LinkedHashMap<>();
		evidence = (evidence != null) ? evidence : new LinkedHashMap<>();
	}

	static AssessmentForm startingFrom(LocalDate today, List<TeamView.PracticeProgress> progress) {
		var stages = new LinkedHashMap<String, String>();
		progress.forEach(p -> {
			if (p.latest() != null) {
				stages.put(p.practice().name(), p.latest().name());
			}
		});
		return new AssessmentForm(today, stages, new LinkedHashMap<>());
	}

	/** Rejects, next to its practice, every stage that is not one of the form's. */
	void rejectUnknownStages(Errors errors) {
		for (var practice : Practice.values()) {
			var typed = typedStage(practice);
			if (!typed.isBlank() && stage(typed) == null) {
				errors.rejectValue("stages[" + practice.name() + "]", "typeMismatch");
			}
		}
	}

	List<Assessment.Rating> ratings() {
		return Arrays.stream(Practice.values())
			.filter(p -> !typedStage(p).isBlank())
			.map(p -> new Assessment.Rating(p, stage(typedStage(p)), evidence.get(p.name())))
			.toList();
	}

	private String typedStage(Practice practice) {
		var typed = stages.get(practice.name());
		return typed == null ? "" : typed;
	}

	private static Stage stage(String name) {
		return Arrays.stream(Stage.values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
	}

}
