package dev.reinhardt.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpResponseCloseTest {

    @Test
    void closeRunsTheClosersOnceInTheOrderTheyWereAdded() {
        List<String> ran = new ArrayList<>();
        HttpResponse response = new HttpResponse("done");
        response.onClose(() -> ran.add("uploads deleted"));
        response.onClose(() -> ran.add("requestFinished sent"));

        response.close();
        response.close();

        assertThat(ran).containsExactly("uploads deleted", "requestFinished sent");
    }

    @Test
    void aFailingCloserDoesNotStopTheOthersAndItsFailureIsRethrown() {
        List<String> ran = new ArrayList<>();
        HttpResponse response = new HttpResponse("done");
        response.onClose(() -> {
            throw new IllegalStateException("disk full");
        });
        response.onClose(() -> ran.add("requestFinished sent"));
        response.onClose(() -> {
            throw new IllegalArgumentException("second");
        });

        assertThatThrownBy(response::close).isInstanceOf(IllegalStateException.class).hasMessage("disk full")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().hasToString(
                        "java.lang.IllegalArgumentException: second"));
        assertThat(ran).containsExactly("requestFinished sent");
    }

    @Test
    void closingAFileResponseThatWasNotFullySentClosesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.bin");
        Files.write(file, new byte[200_000]);
        FileResponse response = new FileResponse(file);
        Iterator<byte[]> chunks = response.streamingContent().iterator();
        chunks.next();

        response.close();

        assertThatThrownBy(chunks::next).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseInstanceOf(ClosedChannelException.class);
    }
}
