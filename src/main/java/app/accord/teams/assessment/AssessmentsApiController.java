package app.accord.teams.assessment;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.teams.team.TeamsApi;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The self-assessments of the teams JSON API, through the same secured service as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = TeamsApi.TAG, description = TeamsApi.DESCRIPTION)
@SecurityRequirement(name = "bearer")
class AssessmentsApiController {

	private final SelfAssessments assessments;

	AssessmentsApiController(SelfAssessments assessments) {
		this.assessments = assessments;
	}

	record NewRating(@NotBlank @Schema(implementation = Practice.class) String practice,
			@NotBlank @Schema(implementation = Stage.class) String stage, @Size(max = 2000) String evidence) {
	}

	record NewAssessment(@SensibleDate LocalDate assessedOn,
			@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull NewRating> ratings) {
	}

	@PostMapping("/{id}/assessments")
	@Operation(summary = "Record a self-assessment rating each of the seven practices",
			description = "Practices: " + "COLLABORATIVE_PROBLEM_SOLVING, GUIDING_PRINCIPLES, DIVERSE_TEAM, "
					+ "SHARED_VISION, DECISION_MAKING, COMMUNICATION, STRUCTURE_FOR_COLLABORATION; stages: "
					+ "NOT_STARTED, EMERGING, DEVELOPING, ESTABLISHED")
	ResponseEntity<TeamsApi.Created> addAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @RequestBody NewAssessment body) {
		var ratings = new ArrayList<Assessment.Rating>();
		for (var rating : body.ratings()) {
			var practice = Practice.parse(rating.practice())
				.orElseThrow(() -> new IllegalArgumentException("Unknown practice '" + rating.practice()
						+ "'. Use one of: " + Arrays.toString(Practice.values()) + "."));
			var stage = Stage.parse(rating.stage())
				.orElseThrow(() -> new IllegalArgumentException("Unknown stage '" + rating.stage() + "'. Use one of: "
						+ Arrays.toString(Stage.values()) + "."));
			ratings.add(new Assessment.Rating(practice, stage, rating.evidence()));
		}
		var assessmentId = assessments.record(id, body.assessedOn(), ratings, user);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id + "/assessments/" + assessmentId))
			.body(new TeamsApi.Created(assessmentId));
	}

}
