/** Service-wide configuration: encryption keys, clock. Security and problem details come from service-support. */
package fr.inclusion.orientation.referral.config;
