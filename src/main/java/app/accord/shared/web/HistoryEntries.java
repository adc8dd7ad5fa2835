package app.accord.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the page is the answer to a form post (a form shown again with its errors), so
 * that the layout can make its history entry an ordinary one: Back to it then loads the
 * page instead of the browser's "Confirm Form Resubmission". Templates call
 * {@code ${@history.afterPost()}}.
 */
@Component("history")
public class HistoryEntries {

	public boolean afterPost() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& "POST".equals(attributes.getRequest().getMethod());
	}

}
