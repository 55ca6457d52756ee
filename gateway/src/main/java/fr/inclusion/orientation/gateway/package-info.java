/**
 * The API gateway. It has no domain: {@code route} (what is relayed downstream and how), {@code security} (bearer
 * tokens validated here and again in each service), {@code fallback} (answers when a service is down) and
 * {@code config} (problem+json rendering shared by the others). The routes themselves live in application.yml.
 */
package fr.inclusion.orientation.gateway;
