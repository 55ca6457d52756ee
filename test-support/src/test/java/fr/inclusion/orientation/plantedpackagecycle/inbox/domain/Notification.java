package fr.inclusion.orientation.plantedpackagecycle.inbox.domain;

import fr.inclusion.orientation.plantedpackagecycle.inbox.domain.kind.Kind;

/** Planted: a package and its sub-package depend on each other (one feature, so only the package rule sees it). */
public record Notification(Kind kind) {

    public static String defaultTitle() {
        return "Nouvelle orientation";
    }
}
