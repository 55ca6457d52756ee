/** The one CSV reader of the project: Apache Commons CSV with our separator and BOM detection on top. */
package fr.inclusion.orientation.reference.csv;
