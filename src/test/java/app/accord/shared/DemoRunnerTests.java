package app.accord.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRunnerTests {

	@Test
	void stagesRunInTheirOrderWhateverOrderTheModulesStartIn() {
		var ran = new ArrayList<String>();
		var stages = new ArrayList<DemoData>(List.of(stage("networks", DemoData.NETWORKS, ran),
				stage("teams", DemoData.LEA_CONTENT, ran), stage("people", DemoData.PEOPLE_AND_ORGANIZATIONS, ran),
				stage("events", DemoData.EVENTS, ran)));
		for (var seed = 0; seed < 10; seed++) {
			ran.clear();
			Collections.shuffle(stages, new java.util.Random(seed));
			DemoRunner.run(stages);
			assertThat(ran).containsExactly("people", "teams", "events", "networks");
		}
	}

	@Test
	void aStageThatFailsDoesNotStopTheLaterOnes() {
		var ran = new ArrayList<String>();
		DemoRunner.run(List.of(stage("events", DemoData.EVENTS, ran), new DemoData() {
			@Override
			public int stage() {
				return LEA_CONTENT;
			}

			@Override
			public void createSampleData() {
				throw new IllegalStateException("no directory");
			}
		}));
		assertThat(ran).containsExactly("events");
	}

	private static DemoData stage(String name, int stage, List<String> ran) {
		return new DemoData() {
			@Override
			public int stage() {
				return stage;
			}

			@Override
			public void createSampleData() {
				ran.add(name);
			}
		};
	}

}
