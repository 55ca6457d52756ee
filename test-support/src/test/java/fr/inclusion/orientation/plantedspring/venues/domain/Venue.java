package fr.inclusion.orientation.plantedspring.venues.domain;

import org.springframework.util.Assert;

/** Planted: a domain class calling Spring. */
public record Venue(String name) {

    public Venue {
        Assert.hasText(name, "name");
    }
}
