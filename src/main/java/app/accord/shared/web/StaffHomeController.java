package app.accord.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff's starting page: links to every module's staff tools (the address is for
 * staff only).
 */
@Controller
class StaffHomeController {

	@GetMapping("/staff")
	String staffHome() {
		return "shared/staff-home";
	}

}
