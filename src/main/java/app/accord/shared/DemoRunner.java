package app.accord.shared;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the modules' sample data for the {@code demo} profile in the order of their
 * stages. It runs once the application is ready, after every ApplicationRunner (the
 * directory's LEAs are loaded by one).
 */
@Component
@Profile("demo")
class DemoRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

	private final ObjectProvider<DemoData> stages;

	DemoRunner(ObjectProvider<DemoData> stages) {
		this.stages = stages;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createSampleData() {
		run(stages.stream().toList());
	}

	/** One stage that fails is logged, and the later ones still run. */
	static void run(List<DemoData> stages) {
		stages.stream().sorted(Comparator.comparingInt(DemoData::stage)).forEach(stage -> {
			try {
				stage.createSampleData();
			}
			catch (RuntimeException ex) {
				log.warn("Demo data of {} not created", stage.getClass().getSimpleName(), ex);
			}
		});
	}

}
