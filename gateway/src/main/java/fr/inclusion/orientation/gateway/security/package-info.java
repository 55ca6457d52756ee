/**
 * Bearer-token security at the edge: every {@code /api/**} call needs a valid Keycloak access token, which is then
 * relayed unchanged to the service (each service validates it again and enforces its own data scope). 401 and 403
 * are problem+json. Browser login (OIDC authorization code, session) is a later addition to the same chain.
 */
package fr.inclusion.orientation.gateway.security;
