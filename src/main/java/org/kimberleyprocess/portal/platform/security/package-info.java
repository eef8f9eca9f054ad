/** Who may do what: accounts, roles, form login with a database identity store, security headers. */
package org.kimberleyprocess.portal.platform.security;
