package app.accord.shared;

/**
 * One module's sample data for the {@code demo} profile. Once the application is ready
 * (the directory has its LEAs by then), the stages are created one after another in the
 * order of {@link #stage()}, so a stage can count on what the earlier ones made (the
 * events register the demo teams, the network links the events), however the modules'
 * beans happen to be ordered. Each stage leaves alone what it finds already there, so a
 * restart changes nothing.
 */
public interface DemoData {

	/** Accounts and the initiative's partner organizations: they need nothing else. */
	int PEOPLE_AND_ORGANIZATIONS = 100;

	/**
	 * What belongs to LEAs of the directory: teams, the library's case studies, surveys.
	 */
	int LEA_CONTENT = 200;

	/** Events, with registrations of the demo teams. */
	int EVENTS = 300;

	/** Networks and coaching, with the demo teams' convenings. */
	int NETWORKS = 400;

	int stage();

	void createSampleData();

}
