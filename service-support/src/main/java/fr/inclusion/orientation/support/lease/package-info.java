/** Time-limited leases in a MongoDB collection: one instance at a time runs a scheduled job. */
package fr.inclusion.orientation.support.lease;
