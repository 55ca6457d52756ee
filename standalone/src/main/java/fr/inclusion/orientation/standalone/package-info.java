/**
 * The embedded standalone infrastructure run by the {@code ./orientation} launcher, each in its own JVM: the
 * MongoDB-wire store ({@link fr.inclusion.orientation.standalone.MongoStore}), the mail server that captures
 * outgoing e-mail ({@link fr.inclusion.orientation.standalone.MailServer}) and, from this module's runtime
 * classpath ({@code target/classpath.txt}), the Kafka KRaft broker ({@code kafka.Kafka}). The end-to-end tests
 * ({@code *IT}, Maven profile {@code e2e}) drive a running stack through the gateway.
 */
package fr.inclusion.orientation.standalone;
