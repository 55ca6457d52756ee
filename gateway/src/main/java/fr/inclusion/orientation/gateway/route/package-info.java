/**
 * What the gateway adds to every relayed request: the {@code X-Request-Id} correlation header. The route table
 * itself (path predicates, service URIs from the environment, one circuit breaker per route and its defaults) is
 * configuration, in application.yml under {@code spring.cloud.gateway.server.webflux.routes} and
 * {@code resilience4j}.
 */
package fr.inclusion.orientation.gateway.route;
