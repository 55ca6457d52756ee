package fr.inclusion.orientation.standalone.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** When a process of the stack is ready: its port answers, and what only a ready process says. */
@FunctionalInterface
public interface Health {

    boolean check();

    /** The port accepts a connection and the log holds the line a ready process writes. */
    static Health portAndLogLine(int port, Path log, String line) {
        return () -> portOpen(port) && logContains(log, line);
    }

    /** A Redis PING (inline command) answered +PONG (not -LOADING while the append-only file is read). */
    static Health redisPing(int port) {
        return () -> {
            try (Socket socket = connect(port)) {
                OutputStream out = socket.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                byte[] answer = new byte[5];
                InputStream in = socket.getInputStream();
                int read = in.readNBytes(answer, 0, 5);
                return read == 5 && new String(answer, StandardCharsets.US_ASCII).equals("+PONG");
            } catch (IOException e) {
                return false;
            }
        };
    }

    /** GET http://127.0.0.1:port/path answers a health document whose overall status is UP. */
    static Health httpUp(int port, String path) {
        return () -> statusUp(httpGet(port, path));
    }

    static Health all(Health... checks) {
        return () -> {
            for (Health check : checks) {
                if (!check.check()) {
                    return false;
                }
            }
            return true;
        };
    }

    static boolean portOpen(int port) {
        try (Socket ignored = connect(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The overall status of a health document is its first "status" (the checks that follow have their own). */
    static boolean statusUp(String body) {
        String compact = body.replaceAll("\\s", "");
        int at = compact.indexOf("{\"status\":\"");
        return at >= 0 && compact.startsWith("UP\"", at + "{\"status\":\"".length());
    }

    /** The body of GET http://127.0.0.1:port/path, empty when nothing answers within 3 s. */
    static String httpGet(int port, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(3)).build();
            return Client.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** One client for every check (a client holds a selector thread until it is closed or collected). */
    final class Client {
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

        private Client() {
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static boolean logContains(Path log, String line) {
        try {
            return Files.isRegularFile(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(line);
        } catch (IOException e) {
            return false;
        }
    }
}
