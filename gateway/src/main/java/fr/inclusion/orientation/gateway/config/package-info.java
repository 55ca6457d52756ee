/** Cross-cutting gateway configuration: RFC 9457 problem+json rendering for every error the gateway itself produces. */
package fr.inclusion.orientation.gateway.config;
