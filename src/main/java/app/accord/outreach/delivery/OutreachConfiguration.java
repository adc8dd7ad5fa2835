package app.accord.outreach.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutreachConfiguration {

	/**
	 * The outbox as the whole cluster sees it (a count in the database, not a per-node
	 * counter): what waits, what is being sent, and what needs staff attention.
	 */
	@Bean
	MeterBinder outboxGauges(OutboxStore store) {
		return registry -> {
			for (var status : new MailStatus[] { MailStatus.PENDING, MailStatus.SENDING, MailStatus.FAILED }) {
				Gauge.builder("accord.mail.messages", store, s -> s.count(status))
					.description("Outbox messages in the given status")
					.tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
					.register(registry);
			}
		};
	}

}
