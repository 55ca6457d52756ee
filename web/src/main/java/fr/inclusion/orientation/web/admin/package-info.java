/**
 * The administrator's pages ({@code /administration}): import of the national venue file and its progress, import
 * of the digital fragility index, export of the directory, parked e-mails and SMS and their replay.
 */
package fr.inclusion.orientation.web.admin;
