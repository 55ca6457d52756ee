/** Work an instance repeats on its own while it runs, started and stopped with the application. */
package fr.inclusion.orientation.support.schedule;
