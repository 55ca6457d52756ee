package fr.inclusion.orientation.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.PeopleDirectory;

/**
 * Test fixtures at the boundary between the inbox side and the sending side of notification-service. The
 * {@link PeopleDirectory} (Keycloak) and {@link OutboundDispatch} (stored outbox, SMTP, SMS provider) are implemented
 * and tested on the sending side; here they are replaced by a fixed directory and a dispatch that records what it
 * is given and, like the real one, keeps one message per id. They are {@code @Primary} so that they win over the
 * real beans when both are on the classpath. Also a clock that tests can pin.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BoundaryFixtures {

    @Bean
    @Primary
    RecordingDispatch recordingDispatch() {
        return new RecordingDispatch();
    }

    @Bean
    @Primary
    FixedDirectory fixedDirectory() {
        return new FixedDirectory();
    }

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** Records every enqueue call; stores the first message of each id, as the real dispatch does. */
    public static final class RecordingDispatch implements OutboundDispatch {

        private final List<OutboundMessage> calls = new CopyOnWriteArrayList<>();
        private final Map<String, OutboundMessage> stored = new ConcurrentHashMap<>();
        private final List<OutboundMessage> order = new CopyOnWriteArrayList<>();
        private final Set<String> failingAddresses = ConcurrentHashMap.newKeySet();

        @Override
        public void enqueue(OutboundMessage message) {
            calls.add(message);
            if (failingAddresses.contains(message.address())) {
                throw new IllegalStateException("outbound store unavailable (test)");
            }
            if (stored.putIfAbsent(message.id(), message) == null) {
                order.add(message);
            }
        }

        /** Enqueueing for this address throws until {@link #heal}. */
        public void failFor(String address) {
            failingAddresses.add(address);
        }

        public void heal(String address) {
            failingAddresses.remove(address);
        }

        /** Messages stored, in the order they were first enqueued. */
        public List<OutboundMessage> stored() {
            return List.copyOf(order);
        }

        public List<OutboundMessage> storedTo(String address) {
            return order.stream().filter(m -> m.address().equals(address)).toList();
        }

        public List<OutboundMessage> storedAbout(String referralId) {
            return order.stream().filter(m -> referralId.equals(m.referralId())).toList();
        }

        public Optional<OutboundMessage> byId(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        /** Every call, duplicates included. */
        public List<OutboundMessage> calls() {
            return List.copyOf(calls);
        }

        public long callsWithId(String id) {
            return calls.stream().filter(m -> m.id().equals(id)).count();
        }
    }

    /** A directory of people registered by the tests; counts the questions it is asked. */
    public static final class FixedDirectory implements PeopleDirectory {

        private final Map<String, Contact> people = new ConcurrentHashMap<>();
        private final Map<String, List<Contact>> staff = new ConcurrentHashMap<>();
        private final Map<String, List<Contact>> coordinators = new ConcurrentHashMap<>();
        private final AtomicInteger coordinatorQuestions = new AtomicInteger();

        public Contact person(Contact contact) {
            people.put(contact.userId(), contact);
            return contact;
        }

        public Contact staff(String venueId, Contact contact) {
            people.put(contact.userId(), contact);
            staff.computeIfAbsent(venueId, v -> new CopyOnWriteArrayList<>()).add(contact);
            return contact;
        }

        public Contact coordinator(String territory, Contact contact) {
            people.put(contact.userId(), contact);
            coordinators.computeIfAbsent(territory, t -> new CopyOnWriteArrayList<>()).add(contact);
            return contact;
        }

        public int coordinatorQuestions() {
            return coordinatorQuestions.get();
        }

        @Override
        public Optional<Contact> person(String userId) {
            return Optional.ofNullable(people.get(userId));
        }

        @Override
        public List<Contact> venueStaff(String venueId) {
            return List.copyOf(staff.getOrDefault(venueId, List.of()));
        }

        @Override
        public List<Contact> coordinators(String epciSiren, String departement) {
            coordinatorQuestions.incrementAndGet();
            Map<String, Contact> found = new LinkedHashMap<>();
            for (String territory : new ArrayList<>(java.util.Arrays.asList(epciSiren, departement))) {
                if (territory != null) {
                    coordinators.getOrDefault(territory, List.of()).forEach(c -> found.putIfAbsent(c.userId(), c));
                }
            }
            return List.copyOf(found.values());
        }
    }

    /** The system clock unless pinned. */
    public static final class TestClock extends Clock {

        private final AtomicReference<Instant> pinned = new AtomicReference<>();

        public void pin(Instant at) {
            pinned.set(at);
        }

        public void release() {
            pinned.set(null);
        }

        @Override
        public Instant instant() {
            Instant at = pinned.get();
            return at != null ? at : Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the service reads instants only");
        }
    }
}
