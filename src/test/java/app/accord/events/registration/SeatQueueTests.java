package app.accord.events.registration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue in front of an event's registrations lets at most its number of requests in
 * at once, and every request gets its turn; other events are not held up.
 */
class SeatQueueTests {

	@Test
	void noMoreThanThePermittedNumberWorkAtOnceAndEveryoneGetsATurn() throws Exception {
		var queue = new SeatQueue(2);
		var inside = new AtomicInteger();
		var most = new AtomicInteger();
		var done = Collections.synchronizedList(new ArrayList<Integer>());
		var pool = Executors.newFixedThreadPool(12);
		var start = new CountDownLatch(1);
		try {
			for (int i = 0; i < 60; i++) {
				var n = i;
				pool.submit(() -> {
					start.await();
					return queue.enter(7, () -> {
						most.accumulateAndGet(inside.incrementAndGet(), Math::max);
						try {
							Thread.sleep(2);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						inside.decrementAndGet();
						done.add(n);
						return n;
					});
				});
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(2);
		assertThat(done).hasSize(60).doesNotHaveDuplicates();
	}

	@Test
	void anotherEventIsNotHeldUpByAFullQueue() throws Exception {
		var queue = new SeatQueue(1);
		var inside = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var pool = Executors.newSingleThreadExecutor();
		try {
			pool.submit(() -> queue.enter(1, () -> {
				inside.countDown();
				try {
					return release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}));
			assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(queue.enter(2, () -> "in")).isEqualTo("in");
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

}
