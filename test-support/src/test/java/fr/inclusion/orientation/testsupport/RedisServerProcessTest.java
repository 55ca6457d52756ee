package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class RedisServerProcessTest {

    @Test
    void aRealRedisServerAnswersOnLoopback() throws Exception {
        RedisServerProcess redis = RedisServerProcess.shared();

        assertThat(redis.host()).isEqualTo("127.0.0.1");
        assertThat(redis.port()).isPositive();
        assertThat(RedisServerProcess.shared()).isSameAs(redis);
        try (Socket socket = new Socket(redis.host(), redis.port())) {
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));

            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).isEqualTo("+PONG");

            // nothing persisted: no snapshot rules, no append-only file
            out.write("CONFIG GET appendonly\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(in.readLine()).isEqualTo("*2");
            in.readLine();
            in.readLine();
            in.readLine();
            assertThat(in.readLine()).isEqualTo("no");
        }
    }

    @Test
    void withoutTheExecutableItSaysHowToInstallIt() {
        assertThatThrownBy(() -> RedisServerProcess.start(Path.of("/nonexistent/redis-server")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redis-server not found at /nonexistent/redis-server")
                .hasMessageContaining("apt-get install -y redis-server");
    }
}
