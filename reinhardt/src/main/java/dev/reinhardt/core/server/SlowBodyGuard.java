package dev.reinhardt.core.server;

import org.eclipse.jetty.io.Content;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A request body that fails once the client sends it slower than a minimum
 * rate, so a slow POST cannot hold a connection and a thread for as long as
 * it likes. The rate is judged whenever the reader has to wait for more,
 * over the time since it first waited, and only after a grace second: a
 * body that follows its headers after a pause, or arrives in a few bursts,
 * is not mistaken for a trickle. Read by one thread at a time, as a body is.
 */
final class SlowBodyGuard implements Content.Source {

    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Content.Source body;
    private final long minBytesPerSecond;
    private long firstWait;
    private boolean waited;
    private long bytesRead;
    private Content.Chunk failure;

    SlowBodyGuard(Content.Source body, long minBytesPerSecond) {
        this.body = body;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public Content.Chunk read() {
        if (failure != null) {
            return failure;
        }
        Content.Chunk chunk = body.read();
        if (chunk != null) {
            bytesRead += chunk.remaining();
        }
        return chunk;
    }

    @Override
    public void demand(Runnable demandCallback) {
        long now = System.nanoTime();
        if (!waited) {
            waited = true;
            firstWait = now;
        } else if (tooSlow(now - firstWait)) {
            failure = Content.Chunk.from(new TimeoutException("The request body arrived slower than "
                    + minBytesPerSecond + " bytes per second."));
            demandCallback.run();
            return;
        }
        body.demand(demandCallback);
    }

    private boolean tooSlow(long elapsedNanos) {
        return elapsedNanos > GRACE_NANOS && bytesRead * 1e9 / elapsedNanos < minBytesPerSecond;
    }

    @Override
    public long getLength() {
        return body.getLength();
    }

    @Override
    public void fail(Throwable cause) {
        body.fail(cause);
    }

    @Override
    public void fail(Throwable cause, boolean last) {
        body.fail(cause, last);
    }

    @Override
    public boolean rewind() {
        return body.rewind();
    }
}
