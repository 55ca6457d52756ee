/**
 * {@code ./orientation chaos}: the load generator and the reconciliation that check, on a stack of its own, that
 * referrals sent while processes are killed with SIGKILL are all stored, notified to their venue exactly once and
 * counted once in the flows ({@link fr.inclusion.orientation.standalone.chaos.ChaosRun}, a main class run with this
 * module's test classes and runtime classpath; never part of {@code ./orientation test}).
 */
package fr.inclusion.orientation.standalone.chaos;
