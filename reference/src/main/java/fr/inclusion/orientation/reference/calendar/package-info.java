/**
 * The French working calendar by département: public holidays (one Easter computation for the movable ones), the
 * extra days of Alsace-Moselle and of the overseas départements, and working days.
 */
package fr.inclusion.orientation.reference.calendar;
