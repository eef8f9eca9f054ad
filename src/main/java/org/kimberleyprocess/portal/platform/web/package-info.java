/**
 * Faces plumbing every page shares: the permissions bean, messages, renderers, lists, filters, and the platform's own
 * pages (audit log, outbox).
 */
package org.kimberleyprocess.portal.platform.web;
