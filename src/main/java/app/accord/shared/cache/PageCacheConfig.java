package app.accord.shared.cache;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page cache for anonymous visitors and what keeps it true: every data source the
 * application uses is wrapped so committed changes raise the {@link DataVersion}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheConfig.Settings.class)
class PageCacheConfig {

	/**
	 * @param enabled whether public pages are kept at all
	 * @param paths the public pages (path patterns) that are the same for every anonymous
	 * visitor
	 * @param maxEntries how many answers are kept at most
	 * @param maxBytes how many bytes they take at most
	 */
	@ConfigurationProperties("accord.page-cache")
	record Settings(Boolean enabled, List<String> paths, Integer maxEntries, Long maxBytes) {

		Settings {
			enabled = enabled == null || enabled;
			paths = paths == null ? List.of() : List.copyOf(paths);
			maxEntries = maxEntries == null ? 5000 : maxEntries;
			maxBytes = maxBytes == null ? 64L * 1024 * 1024 : maxBytes;
		}

	}

	@Bean
	static BeanPostProcessor dataSourceWriteTracking() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof WriteTracking)
						? new WriteTracking(dataSource) : bean;
			}
		};
	}

	/** Once every bean is ready, the schema is migrated: changes count from then on. */
	@Bean
	static SmartInitializingSingleton writeTrackingStart(ObjectProvider<WriteTracking> dataSources) {
		return () -> dataSources.forEach(WriteTracking::start);
	}

	@Bean
	DataVersion dataVersion(DataSource dataSource) {
		return new DataVersion(dataSource);
	}

	@Bean
	PublicPageCache publicPageCache(DataVersion version, LocaleResolver localeResolver, Settings settings) {
		return new PublicPageCache(version::current, localeResolver, settings.enabled() ? settings.paths() : List.of(),
				settings.maxEntries(), settings.maxBytes());
	}

	/**
	 * Before the session and security filters, so an answer from memory touches neither.
	 */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
		var registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
