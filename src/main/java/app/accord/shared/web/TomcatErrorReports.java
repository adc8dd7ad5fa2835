package app.accord.shared.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers some requests itself, before the application (and Spring Security) sees
 * them: a header over 8 KB, an encoded backslash or a character not allowed in an
 * address, an invalid Host. Its error report valve writes those answers; this one writes
 * them with the pages' security headers, and without Tomcat's version or details.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorReports {

	/**
	 * Runs after Spring Boot's own customizer (order 0), which puts a plain error report
	 * valve on the host: that one is replaced.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> errorReportsWithSecurityHeaders() {
		return factory -> factory.addContextCustomizers(context -> {
			var host = context.getParent();
			var pipeline = host.getPipeline();
			for (var valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new SecureErrorReportValve());
			if (host instanceof StandardHost standard) {
				// Otherwise the host adds its default valve when it starts.
				standard.setErrorReportValveClass(SecureErrorReportValve.class.getName());
			}
		});
	}

	public static class SecureErrorReportValve extends ErrorReportValve {

		public SecureErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (response.getStatus() >= 400 && !response.isCommitted()) {
				SecurityHeaders.write(request, response);
			}
			super.report(request, response, throwable);
		}

	}

}
