/** Territory rules that hold without reference data: the département of a commune's INSEE code. */
package fr.inclusion.orientation.reference.territory;
