/**
 * What the caller gets when a service cannot answer: each route's circuit breaker forwards here on a refused
 * connection, a timeout or an open circuit, and the caller receives a French problem+json naming the service
 * instead of a bare 500.
 */
package fr.inclusion.orientation.gateway.fallback;
