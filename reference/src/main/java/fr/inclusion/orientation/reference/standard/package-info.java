/** The national venue standard (schéma des lieux de médiation numérique): its formats and enumerations. */
package fr.inclusion.orientation.reference.standard;
