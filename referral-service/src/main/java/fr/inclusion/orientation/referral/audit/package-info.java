/**
 * Audit of identity reads (RGPD): every answer that releases a resident's first name or contact writes one entry
 * {@code {who, when, referralId, action}} to {@code identity_audit}. The entries name ids only, never the resident.
 */
package fr.inclusion.orientation.referral.audit;
