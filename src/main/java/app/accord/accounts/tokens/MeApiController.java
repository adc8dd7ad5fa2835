package app.accord.accounts.tokens;

import app.accord.accounts.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
class MeApiController {

	record Me(String email, String name, String role) {
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The account the presented token acts for")
	Me me(@AuthenticationPrincipal SignedInUser user) {
		return new Me(user.email(), user.displayName(), user.role().name());
	}

}
