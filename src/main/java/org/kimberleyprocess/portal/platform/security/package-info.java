/**
 * What every capability needs of security: the roles, the caller model's contract, security headers and cross-site
 * checks.
 */
package org.kimberleyprocess.portal.platform.security;
