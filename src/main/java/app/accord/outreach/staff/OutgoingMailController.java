package app.accord.outreach.staff;

import app.accord.outreach.delivery.MailStatus;
import app.accord.shared.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Outgoing mail page: staff see what Accord sent or is about to send, read messages
 * kept because no SMTP server is configured, and retry failed ones.
 */
@Controller
@RequestMapping("/staff/mail")
class OutgoingMailController {

	private final MailQueries queries;

	private final MailRedelivery redelivery;

	OutgoingMailController(MailQueries queries, MailRedelivery redelivery) {
		this.queries = queries;
		this.redelivery = redelivery;
	}

	/**
	 * The whole page, or only the results when htmx asks for them (the filter changed).
	 */
	@GetMapping
	String list(@ModelAttribute("filter") MailFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		var mail = queries.find(filter.mailStatus(), filter.recipient(), page);
		model.addAttribute("mail", mail);
		model.addAttribute("statuses", MailStatus.values());
		model.addAttribute("zone", queries.timeZone());
		model.addAttribute("smtpConfigured", queries.smtpConfigured());
		model.addAttribute("previousPage", mail.hasPrevious() ? pageLink(mail.getNumber() - 1) : null);
		model.addAttribute("nextPage", mail.hasNext() ? pageLink(mail.getNumber() + 1) : null);
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if ("true".equals(htmx) && !"true".equals(historyRestore)) {
			return "outreach/mail-list :: results";
		}
		return "outreach/mail-list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		var mail = queries.get(id);
		model.addAttribute("mail", mail);
		model.addAttribute("textHtml", LinkedText.html(mail.text()));
		model.addAttribute("zone", queries.timeZone());
		model.addAttribute("smtpConfigured", queries.smtpConfigured());
		return "outreach/mail-detail";
	}

	/**
	 * Always a download, never shown inline: the content type came from whoever wrote the
	 * mail, and served inline an HTML or SVG file would run in Accord's origin.
	 */
	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		var file = queries.attachment(id, attachmentId);
		return Downloads.file(file.content(), file.filename(), MediaType.APPLICATION_OCTET_STREAM);
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		try {
			redelivery.retryNow(id);
			redirect.addFlashAttribute("flash", "outreach.mail.retry.done");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("flashError", "outreach.mail.retry.notFailed");
		}
		return "redirect:/staff/mail/" + id;
	}

	private static String pageLink(int page) {
		var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
		return uri.getPath() + "?" + uri.getQuery();
	}

}
