package app.accord.shared;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Shuts the embedded file database down once the connection pool has closed. The database
 * is configured to stay open while the application runs (`DB_CLOSE_DELAY=-1`), so a pool
 * that retires all its connections at once does not close and reopen it, and not to close
 * itself at JVM exit (`DB_CLOSE_ON_EXIT=FALSE`), where H2's own hook ran before the
 * application had finished stopping and its last writes failed. The data source depends
 * on this bean, so Spring closes the pool first and then this bean writes and closes the
 * file.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseShutdown {

	private static final String BEAN = "embeddedFileDatabase";

	private static final String DATA_SOURCE = "dataSource";

	@Bean(BEAN)
	static FileDatabase embeddedFileDatabase(Environment environment) {
		return new FileDatabase(environment.getProperty("spring.datasource.url", ""),
				environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""));
	}

	@Bean
	static BeanFactoryPostProcessor dataSourceClosesBeforeTheEmbeddedDatabase() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition(DATA_SOURCE)) {
				var definition = beanFactory.getBeanDefinition(DATA_SOURCE);
				var dependsOn = new ArrayList<String>();
				if (definition.getDependsOn() != null) {
					dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
				}
				dependsOn.add(BEAN);
				definition.setDependsOn(dependsOn.toArray(String[]::new));
			}
		};
	}

	record FileDatabase(String url, String username, String password) implements DisposableBean {

		private static final Logger log = LoggerFactory.getLogger(FileDatabase.class);

		@Override
		public void destroy() {
			if (!url.startsWith("jdbc:h2:file:")) {
				return;
			}
			try (var connection = DriverManager.getConnection(url, username, password);
					var statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
				log.info("Embedded database closed");
			}
			catch (SQLException ex) {
				log.warn("Could not close the embedded database cleanly", ex);
			}
		}

	}

}
