/** Venues and communes as notifications need them, without framework. */
package fr.inclusion.orientation.notification.venues.domain;
