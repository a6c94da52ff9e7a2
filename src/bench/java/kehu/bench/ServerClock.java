package kehu.bench;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Server time of each request: from the first servlet filter (before security) until the response
 * has been written. The bench sends one request at a time and takes the figure after each.
 */
final class ServerClock implements Filter {

    private final BlockingQueue<Long> durations = new LinkedBlockingQueue<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            durations.add(System.nanoTime() - start);
        }
    }

    /** The server time of the request that just answered. */
    long take() throws InterruptedException {
        Long d = durations.poll(5, TimeUnit.SECONDS);
        if (d == null) {
            throw new IllegalStateException("no server time recorded");
        }
        return d;
    }

    /** Forgets earlier requests; waits a moment for the last one's filter to finish first. */
    void clear() throws InterruptedException {
        Thread.sleep(100);
        durations.clear();
    }
}
