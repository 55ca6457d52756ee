package fr.inclusion.orientation.contracts.reference;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import fr.inclusion.orientation.contracts.DomainEvent;

/**
 * The reference stream, topic {@link fr.inclusion.orientation.contracts.Topics#REFERENCE_EVENTS}, compacted and keyed
 * by département code: the last event of a département carries all its communes.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(DepartementReferenceImported.class)
})
public sealed interface ReferenceEvent extends DomainEvent permits DepartementReferenceImported {

    /** The département code ({@code 55}, {@code 2A}, {@code 974}). */
    String departement();

    @Override
    default String aggregateId() {
        return departement();
    }
}
