/**
 * Territory facts: the département of an INSEE code, and the communes of each département from its reference file.
 */
package fr.inclusion.orientation.reference.territory;
