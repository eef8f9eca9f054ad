/** The audit log: every change a user makes, who, when, what and on which record. */
package org.kimberleyprocess.portal.platform.audit;
