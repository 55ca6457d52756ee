/**
 * The problem vocabulary services share, in plain Java so that domain exceptions may use it: an exception that
 * carries its RFC 9457 problem, and the field errors a validation problem lists.
 */
package fr.inclusion.orientation.support.problem;
