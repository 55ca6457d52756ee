/** The page of a list that every API answers and every page reads, in plain Java. */
package fr.inclusion.orientation.support.page;
