package app.accord.teams.team;

import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change in its own transaction and turns a collision with a concurrent change (a
 * unique constraint, a lock) into a clear {@link TeamConflict}: constraint errors can
 * surface at commit, after the service method returned.
 */
@Component
public class Transactions {

	private final TransactionTemplate template;

	Transactions(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
	}

	public <T> T inNew(Supplier<T> work, Supplier<TeamConflict> onCollision) {
		try {
			return template.execute(status -> work.get());
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw onCollision.get();
		}
	}

}
