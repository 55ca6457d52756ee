package fr.inclusion.orientation.support.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code orientation.http.max-body-size} ({@code max-import-size} on the
 * service's {@link ImportEndpoints}) with 413 problem+json, before anything reads them. A body announced larger
 * ({@code Content-Length}) is refused unread. A body sent in chunks is counted as it is read: past the limit its
 * stream throws {@link BodyTooLargeException}, and whatever the reader makes of that (a 400 "unreadable JSON", a
 * 500), the client gets the 413: from that moment on, what the rest of the chain writes is thrown away.
 * Multipart forms are parsed by the container, outside this count: the multipart limits
 * ({@code spring.servlet.multipart.*}) are set to the same sizes.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimit.class);
    private static final String LIMIT_ATTRIBUTE = RequestBodyLimit.class.getName() + ".limit";
    private static final Set<String> BODYLESS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HttpLimits limits;
    private final List<ImportEndpoints> importEndpoints;

    public RequestBodyLimit(HttpLimits limits, List<ImportEndpoints> importEndpoints) {
        this.limits = limits;
        this.importEndpoints = List.copyOf(importEndpoints);
    }

    /** The 413 problem of this request, for the advices that see a container's own refusal (multipart limits). */
    public static ProblemDetail problem(HttpServletRequest request) {
        Object limit = request.getAttribute(LIMIT_ATTRIBUTE);
        ProblemDetail problem = limit instanceof Limit known ? known.problem()
                : Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Contenu trop volumineux",
                        "Le corps de la requête dépasse la taille maximale acceptée.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean importing = importEndpoints.stream().anyMatch(endpoint -> endpoint.matches(request));
        Limit limit = new Limit(importing ? limits.maxImportSize() : limits.maxBodySize(), importing);
        request.setAttribute(LIMIT_ATTRIBUTE, limit);
        long announced = request.getContentLengthLong();
        if (announced > limit.size().toBytes()) {
            refuse(request, response, limit);
            return;
        }
        if (announced >= 0 || BODYLESS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        DiscardingResponse guarded = new DiscardingResponse(response);
        CountedRequest counted = new CountedRequest(request, limit.size(), guarded);
        try {
            chain.doFilter(counted, guarded);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!guarded.discarding()) {
                throw e;
            }
            log.debug("Body of {} {} over {} bytes: {}", request.getMethod(), request.getRequestURI(),
                    limit.size().toBytes(), e.toString());
        }
        if (guarded.discarding() && !response.isCommitted()) {
            response.resetBuffer();
            refuse(request, response, limit);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Limit limit)
            throws IOException {
        ProblemDetail problem = limit.problem();
        Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", problem.getTitle(),
                problem.getDetail(), request.getRequestURI());
    }

    private record Limit(DataSize size, boolean importing) {

        ProblemDetail problem() {
            return importing
                    ? Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Fichier trop volumineux",
                            "Le fichier dépasse la taille maximale acceptée (" + HttpLimits.french(size)
                                    + ") : découpez-le en plusieurs fichiers, par exemple par département.")
                    : Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Contenu trop volumineux",
                            "Le corps de la requête dépasse la taille maximale acceptée (" + HttpLimits.french(size)
                                    + ").");
        }
    }

    /** A request whose body stream (and reader) counts bytes and throws past the limit. */
    private static final class CountedRequest extends HttpServletRequestWrapper {

        private final DataSize limit;
        private final DiscardingResponse response;
        private CountingStream stream;
        private BufferedReader reader;

        CountedRequest(HttpServletRequest request, DataSize limit, DiscardingResponse response) {
            super(request);
            this.limit = limit;
            this.response = response;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit, response);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final DataSize limit;
        private final DiscardingResponse response;
        private long count;

        CountingStream(ServletInputStream body, DataSize limit, DiscardingResponse response) {
            this.body = body;
            this.limit = limit;
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public int read(ByteBuffer buffer) throws IOException {
            int n = body.read(buffer);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit.toBytes()) {
                response.discard();
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }

    /** Once the body is over its limit, nothing written by the rest of the chain reaches the client. */
    private static final class DiscardingResponse extends HttpServletResponseWrapper {

        private volatile boolean discarding;
        private ServletOutputStream stream;

        DiscardingResponse(HttpServletResponse response) {
            super(response);
        }

        void discard() {
            discarding = true;
        }

        boolean discarding() {
            return discarding;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new GuardedStream(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return discarding ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public void setStatus(int status) {
            if (!discarding) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!discarding) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!discarding) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            if (!discarding) {
                super.sendRedirect(location, status, clearBuffer);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!discarding) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!discarding) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!discarding) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (!discarding) {
                super.addIntHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long value) {
            if (!discarding) {
                super.setDateHeader(name, value);
            }
        }

        @Override
        public void addDateHeader(String name, long value) {
            if (!discarding) {
                super.addDateHeader(name, value);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!discarding) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!discarding) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!discarding) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setCharacterEncoding(String encoding) {
            if (!discarding) {
                super.setCharacterEncoding(encoding);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!discarding) {
                super.flushBuffer();
            }
        }

        @Override
        public void reset() {
            if (!discarding) {
                super.reset();
            }
        }

        @Override
        public void resetBuffer() {
            if (!discarding) {
                super.resetBuffer();
            }
        }

        private final class GuardedStream extends ServletOutputStream {

            private final ServletOutputStream out;

            GuardedStream(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                if (!discarding) {
                    out.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (!discarding) {
                    out.write(bytes, offset, length);
                }
            }

            @Override
            public void write(ByteBuffer buffer) throws IOException {
                if (!discarding) {
                    out.write(buffer);
                }
            }

            @Override
            public void flush() throws IOException {
                if (!discarding) {
                    out.flush();
                }
            }

            @Override
            public void close() throws IOException {
                if (!discarding) {
                    out.close();
                }
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        }
    }
}
