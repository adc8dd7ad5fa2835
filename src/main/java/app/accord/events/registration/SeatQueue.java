package app.accord.events.registration;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a few registrations for one event at a time into their transaction, first come
 * first served, and queues the others in the application rather than in the database. The
 * event's row lock already serialises seat changes (and keeps them right across nodes);
 * the queue only keeps a rush of requests from all running at once on a few processors,
 * where the one holding the lock would get a small share of them and everyone would wait
 * longer. Events share 64 queues by id (two events whose ids differ by a multiple of 64
 * share one), which keeps the memory fixed.
 */
@Component
class SeatQueue {

	private static final int STRIPES = 64;

	private final Semaphore[] stripes = new Semaphore[STRIPES];

	SeatQueue(@Value("${accord.events.concurrent-registrations:2}") int permits) {
		for (int i = 0; i < STRIPES; i++) {
			stripes[i] = new Semaphore(Math.max(1, permits), true);
		}
	}

	<T> T enter(long eventId, Supplier<T> work) {
		var stripe = stripes[(int) Math.floorMod(eventId, (long) STRIPES)];
		stripe.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			stripe.release();
		}
	}

}
