/**
 * {@code ./orientation chaos}: the load generator and the reconciliation that check, on a stack of its own, that
 * referrals sent while processes are killed with SIGKILL are all stored, notified to their venue exactly once and
 * counted once in the flows ({@link fr.inclusion.orientation.bench.chaos.ChaosRun}, run by {@link fr.inclusion.orientation.bench.Bench}; never
 * part of {@code ./orientation test}).
 */
package fr.inclusion.orientation.bench.chaos;
