package io.propertyops.starter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses request bodies over the limit with a 413 problem: by the declared length before anything is read,
 * and by counting for chunked bodies, so an oversized upload never reaches the JSON parser whole. Named paths
 * (an upload, say) may have a larger limit of their own; every other path keeps the default.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final Map<PathPattern, Long> largerLimits = new LinkedHashMap<>();

    /** @param largerLimits path patterns (e.g. {@code /api/v1/tickets/{id}/photos}) and the limit of each */
    public RequestBodyLimitFilter(long defaultLimit, Map<String, Long> largerLimits) {
        this.defaultLimit = defaultLimit;
        largerLimits.forEach((pattern, limit) -> this.largerLimits.put(PathPatternParser.defaultInstance.parse(pattern), limit));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            ProblemWriter.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    new PayloadTooLargeException(limit).getMessage());
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        if (largerLimits.isEmpty()) {
            return defaultLimit;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Map.Entry<PathPattern, Long> larger : largerLimits.entrySet()) {
            if (larger.getKey().matches(path)) {
                return larger.getValue();
            }
        }
        return defaultLimit;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
