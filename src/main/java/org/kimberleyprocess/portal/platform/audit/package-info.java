/** The audit log: every change a user makes, who, when, what and on which record; the Secretariat reads it. */
package org.kimberleyprocess.portal.platform.audit;
