package app.accord.teams;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The roles and sides to choose from, for the controllers marked
 * {@link RoleAndSideChoices}.
 */
@ControllerAdvice(annotations = RoleAndSideChoices.class)
class RoleAndSideChoicesAdvice {

	@ModelAttribute("roles")
	MemberRole[] roles() {
		return MemberRole.values();
	}

	@ModelAttribute("sides")
	Side[] sides() {
		return Side.values();
	}

}
