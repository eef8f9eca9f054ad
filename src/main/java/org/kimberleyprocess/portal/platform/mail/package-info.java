/** Outgoing mail: every message is kept in the outbox; outside demo mode it is also sent over SMTP. */
package org.kimberleyprocess.portal.platform.mail;
