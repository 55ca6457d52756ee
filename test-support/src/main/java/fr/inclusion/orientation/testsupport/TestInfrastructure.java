package fr.inclusion.orientation.testsupport;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ClassUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One MongoDB-wire store and one Kafka broker per test JVM, shared by every Spring context. Where a Docker engine
 * answers, they are real MongoDB and Kafka containers (Testcontainers); otherwise an in-memory mongo-java-server
 * and spring-kafka's embedded KRaft broker, both on 127.0.0.1. Each context gets its own database, so tests never
 * see each other's documents whatever their order.
 */
public final class TestInfrastructure {

    private static final boolean DOCKER = dockerAvailable();
    private static String mongoBase;
    private static String kafkaBrokers;
    private static String redisAddress;

    private TestInfrastructure() {
    }

    public static boolean docker() {
        return DOCKER;
    }

    /** {@code mongodb://host:port} without database. */
    public static synchronized String mongoBase() {
        if (mongoBase == null) {
            if (DOCKER) {
                MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
                mongo.start();
                mongoBase = mongo.getConnectionString();
            } else {
                MongoServer server = new MongoServer(new MemoryBackend());
                server.bind("127.0.0.1", 0);
                InetSocketAddress address = server.getLocalAddress();
                mongoBase = "mongodb://127.0.0.1:" + address.getPort();
            }
        }
        return mongoBase;
    }

    /** A fresh database on the shared store. */
    public static String newMongoUri() {
        return mongoBase() + "/test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static synchronized String kafkaBrokers() {
        if (kafkaBrokers == null) {
            if (DOCKER) {
                KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
                kafka.start();
                kafkaBrokers = kafka.getBootstrapServers();
            } else {
                EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2);
                broker.afterPropertiesSet();
                Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
                kafkaBrokers = broker.getBrokersAsString();
            }
        }
        return kafkaBrokers;
    }

    /** {@code host:port} of the shared Redis: a container where Docker runs, Debian's redis-server otherwise. */
    public static synchronized String redisAddress() {
        if (redisAddress == null) {
            if (DOCKER) {
                org.testcontainers.containers.GenericContainer<?> redis =
                        new org.testcontainers.containers.GenericContainer<>("redis:7").withExposedPorts(6379);
                redis.start();
                redisAddress = redis.getHost() + ":" + redis.getMappedPort(6379);
            } else {
                RedisServerProcess redis = RedisServerProcess.shared();
                redisAddress = redis.host() + ":" + redis.port();
            }
        }
        return redisAddress;
    }

    @SuppressWarnings("unchecked")
    private static List<OAuth2TokenValidator<Jwt>> validators(GenericApplicationContext context) {
        return context.getBeanProvider(ResolvableType.forClassWithGenerics(OAuth2TokenValidator.class, Jwt.class))
                .orderedStream().map(validator -> (OAuth2TokenValidator<Jwt>) validator).toList();
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("orientation.tests.noDocker")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /**
     * Points a Spring context at the shared store (fresh database) and broker, and registers JWT decoders that
     * trust {@link TestJwts}; the servlet one applies the context's {@code OAuth2TokenValidator<Jwt>} beans, as
     * Spring Boot's own decoder does, so that tests see the services' token rules.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String brokers = kafkaBrokers();
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.mongodb.uri=" + newMongoUri(),
                    "spring.cloud.stream.kafka.binder.brokers=" + brokers,
                    "spring.kafka.bootstrap-servers=" + brokers);
            if (context instanceof GenericApplicationContext generic) {
                generic.registerBean("testJwtDecoder", JwtDecoder.class, () -> TestJwts.decoder(validators(generic)));
                if (ClassUtils.isPresent("org.springframework.web.reactive.function.client.WebClient",
                        context.getClassLoader())) {
                    generic.registerBean("testReactiveJwtDecoder", ReactiveJwtDecoder.class,
                            TestJwts::reactiveDecoder);
                }
            }
        }
    }
}
