package app.accord.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: never readable by scripts, not sent on cross-site requests, and
 * marked Secure whenever the request came over HTTPS (directly or through a trusted
 * proxy).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfig {

	@Bean
	CookieSerializer cookieSerializer() {
		var serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

}
