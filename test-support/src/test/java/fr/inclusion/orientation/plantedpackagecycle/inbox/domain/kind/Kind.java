package fr.inclusion.orientation.plantedpackagecycle.inbox.domain.kind;

import fr.inclusion.orientation.plantedpackagecycle.inbox.domain.Notification;

public record Kind(String title) {

    public static Kind standard() {
        return new Kind(Notification.defaultTitle());
    }
}
