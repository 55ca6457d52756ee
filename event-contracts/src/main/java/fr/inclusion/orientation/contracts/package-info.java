/**
 * Event contracts shared by producers and consumers: one sealed interface per stream, past-tense records, topic
 * names and the {@link fr.inclusion.orientation.contracts.EventCodec} that reads and writes them. The wire type is
 * the {@code type} property, never a Java class name. Events never carry resident identity or contact data.
 * Additive changes only; a breaking change is a new topic.
 */
package fr.inclusion.orientation.contracts;
