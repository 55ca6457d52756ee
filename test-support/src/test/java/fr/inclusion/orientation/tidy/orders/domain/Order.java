package fr.inclusion.orientation.tidy.orders.domain;

/** Planted for ArchitectureRulesTest: a module that keeps every rule. */
public record Order(String id) {
}
