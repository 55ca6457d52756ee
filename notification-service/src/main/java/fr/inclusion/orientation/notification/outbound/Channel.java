package fr.inclusion.orientation.notification.outbound;

/** Ways to reach someone outside the app. In-app is not one of them: it is always on. */
public enum Channel {
    EMAIL,
    SMS
}
