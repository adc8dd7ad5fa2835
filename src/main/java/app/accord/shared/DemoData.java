package app.accord.shared;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	/**
	 * A stage that makes its sample data in transactions of its own: it is given its
	 * stage and the transaction manager, and runs its work in {@link #transactions}.
	 */
	abstract class InTransactions implements DemoData {

		private final int stage;

		protected final TransactionTemplate transactions;

		protected InTransactions(int stage, PlatformTransactionManager transactionManager) {
			this.stage = stage;
			this.transactions = new TransactionTemplate(transactionManager);
		}

		@Override
		public final int stage() {
			return this.stage;
		}

	}

}
