package org.talksrecord.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import io.vertx.core.Vertx;

/** One subscriber's feed on its own: pace, order across a catch-up, and what a slow subscriber gets. */
class FeedTest {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger left = new AtomicInteger();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Takes what it is given and asks for more only when told. */
    private static final class Taker implements Subscriber<Object> {

        final List<Object> taken = Collections.synchronizedList(new ArrayList<>());
        volatile Throwable failure;
        volatile Subscription subscription;

        @Override
        public void onSubscribe(Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(Object item) {
            taken.add(item);
        }

        @Override
        public void onError(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public void onComplete() {
        }
    }

    private Feed feed(int capacity) {
        return new Feed(vertx.getOrCreateContext(), capacity, ignored -> left.incrementAndGet());
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "waited in vain for " + what);
            Thread.onSpinWait();
        }
    }

    @Test
    void handsOverNoMoreThanRequestedInOrder() throws InterruptedException {
        Feed feed = feed(10);
        Taker taker = new Taker();
        feed.subscribe(taker);
        feed.deliver(List.of(1, 2, 3));
        Thread.sleep(100);
        assertEquals(List.of(), taker.taken);
        taker.subscription.request(2);
        await(() -> taker.taken.size() == 2, "two items");
        feed.deliver(List.of(4));
        taker.subscription.request(10);
        await(() -> taker.taken.size() == 4, "four items");
        assertEquals(List.of(1, 2, 3, 4), taker.taken);
    }

    @Test
    void liveItemsWaitForTheCatchUp() {
        Feed feed = feed(10);
        Taker taker = new Taker();
        feed.subscribe(taker);
        taker.subscription.request(100);
        feed.holdBackLive();
        feed.deliver(List.of("live 1"));
        feed.caughtUpTo(List.of("old 1", "old 2"));
        AtomicInteger pages = new AtomicInteger();
        feed.whenEmpty(() -> {
            pages.incrementAndGet();
            feed.caughtUpTo(List.of("old 3"));
            feed.deliver(List.of("live 2"));
            feed.caughtUp();
        });
        await(() -> pages.get() == 1, "the next page");
        feed.deliver(List.of("live 3"));
        await(() -> taker.taken.size() == 6, "six items, got " + taker.taken);
        assertEquals(List.of("old 1", "old 2", "old 3", "live 1", "live 2", "live 3"), taker.taken);
        assertEquals(1, pages.get());
    }

    @Test
    void aSubscriberThatFallsTooFarBehindIsEndedWithACodedError() throws InterruptedException {
        Feed feed = feed(3);
        Taker taker = new Taker();
        feed.subscribe(taker);
        taker.subscription.request(1);
        feed.deliver(List.of(1));
        await(() -> taker.taken.size() == 1, "the first item");
        feed.deliver(List.of(2, 3));
        feed.deliver(List.of(4, 5));
        await(() -> taker.failure != null, "the failure");
        SubscriberTooSlowException failure = assertInstanceOf(SubscriberTooSlowException.class, taker.failure);
        assertEquals("SERVICE_UNAVAILABLE", failure.code().name());
        assertTrue(feed.ended());
        assertEquals(1, left.get(), "it left its group");
        taker.subscription.request(10);
        feed.deliver(List.of(6));
        Thread.sleep(100);
        assertEquals(List.of(1), taker.taken, "nothing after the error");
    }

    @Test
    void aCancelledFeedLeavesAndTakesNothingMore() throws InterruptedException {
        Feed feed = feed(10);
        Taker taker = new Taker();
        feed.subscribe(taker);
        taker.subscription.request(10);
        taker.subscription.cancel();
        feed.deliver(List.of(1));
        Thread.sleep(100);
        assertEquals(List.of(), taker.taken);
        assertEquals(1, left.get());
        assertTrue(feed.ended());
    }

    @Test
    void slowAndFastSubscribersDoNotWaitForEachOther() {
        Feed slow = feed(1_000);
        Feed fast = feed(1_000);
        Taker slowTaker = new Taker();
        Taker fastTaker = new Taker();
        slow.subscribe(slowTaker);
        fast.subscribe(fastTaker);
        fastTaker.subscription.request(Long.MAX_VALUE);
        for (int i = 0; i < 500; i++) {
            slow.deliver(List.of(i));
            fast.deliver(List.of(i));
        }
        await(() -> fastTaker.taken.size() == 500, "the fast subscriber's items");
        assertEquals(List.of(), slowTaker.taken);
        assertEquals(null, slowTaker.failure);
    }
}
