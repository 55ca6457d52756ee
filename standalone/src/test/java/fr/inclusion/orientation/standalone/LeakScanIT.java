package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * After the end-to-end journeys (a failsafe execution of its own that runs after theirs, see the e2e profile of
 * this module's pom): no Kafka record of any topic and no log line of any process of the stack holds a first name,
 * a phone number or an e-mail address of the residents the journeys sent ({@link Residents}).
 */
class LeakScanIT {

    private static final String STATE = System.getProperty("orientation.state", "");
    private static final String KAFKA = kafka();

    @Test
    void noResidentsIdentityInAnyKafkaRecordNorAnyLogLine() {
        List<String> residents = Residents.recorded();
        assertThat(residents).as("residents recorded by the journeys in " + Residents.FILE).isNotEmpty();
        LeakScanner scanner = new LeakScanner(residents);

        LeakScanner.KafkaScan kafka = scanner.scanKafka(KAFKA);
        assertThat(kafka.topics()).as("topics of " + KAFKA).contains("referral.referral-events");
        assertThat(kafka.records()).as("records read from " + KAFKA).isPositive();

        assertThat(STATE).as("-Dorientation.state (the launcher's state folder)").isNotBlank();
        Path logs = Path.of(STATE, "logs");
        assertThat(logs).isDirectory();
        assertThat(logs.toFile().list()).as("log files in " + logs).isNotEmpty();
        List<LeakScanner.Hit> inLogs = scanner.scanFiles(logs);
        System.out.printf("leak scan: %d identities (%d forms) looked for in %d records of %d topics and in %s%n",
                residents.size(), scanner.needles().size(), kafka.records(), kafka.topics().size(), logs);

        assertThat(kafka.hits()).as("residents' identities in Kafka records (%d records of %d topics read)",
                kafka.records(), kafka.topics().size()).isEmpty();
        assertThat(inLogs).as("residents' identities in the logs under " + logs).isEmpty();
    }

    /** {@code -Dorientation.kafka}, else the launcher's {@code KAFKA_PORT}, else the default port. */
    private static String kafka() {
        String property = System.getProperty("orientation.kafka", "");
        if (!property.isBlank()) {
            return property;
        }
        String port = System.getenv("KAFKA_PORT");
        return "127.0.0.1:" + (port == null || port.isBlank() ? "9092" : port);
    }
}
