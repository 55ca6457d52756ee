/** The API documents of the services behind the gateway, merged into one at {@code /api-docs}. */
package fr.inclusion.orientation.gateway.docs;
