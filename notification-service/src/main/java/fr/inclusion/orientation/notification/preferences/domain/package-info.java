/** Preference rules without framework: channels, delivery modes, defaults and validation of a change. */
package fr.inclusion.orientation.notification.preferences.domain;
