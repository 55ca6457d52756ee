/**
 * What every role's pages share: who may open them ({@link fr.inclusion.orientation.web.page.PageAccess}, a French
 * 403 page otherwise) and the redirects after a form ({@link fr.inclusion.orientation.web.page.Redirects}).
 */
package fr.inclusion.orientation.web.page;
