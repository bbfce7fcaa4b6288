package dev.reinhardt.http;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {

    @Test
    void aVirtualThreadReusesTheBuffersAnEarlierOneGaveBack() throws InterruptedException {
        RecyclerPool<BufferRecycler> pool = Json.mapper().getFactory()._getRecyclerPool();
        AtomicReference<BufferRecycler> first = new AtomicReference<>();
        AtomicReference<BufferRecycler> second = new AtomicReference<>();

        Thread.ofVirtual().start(() -> {
            BufferRecycler recycler = pool.acquireAndLinkPooled();
            first.set(recycler);
            recycler.releaseToPool();
        }).join();
        Thread.ofVirtual().start(() -> {
            BufferRecycler recycler = pool.acquireAndLinkPooled();
            second.set(recycler);
            recycler.releaseToPool();
        }).join();

        assertThat(second.get()).isSameAs(first.get());
    }

    @Test
    void writingOnManyVirtualThreadsGivesEveryOneItsOwnCorrectOutput() throws Exception {
        Thread[] threads = new Thread[32];
        String[] written = new String[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = Thread.ofVirtual().start(() -> {
                for (int round = 0; round < 200; round++) {
                    try {
                        written[n] = Json.mapper().writeValueAsString(Map.of("thread", n, "text", "x".repeat(n * 100)));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }

        for (int i = 0; i < threads.length; i++) {
            assertThat(Json.mapper().readTree(written[i]).get("thread").asInt()).isEqualTo(i);
            assertThat(Json.mapper().readTree(written[i]).get("text").asText()).hasSize(i * 100);
        }
    }
}
