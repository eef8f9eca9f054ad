/** MicroProfile Health checks: liveness, and readiness including the database. */
package org.kimberleyprocess.portal.platform.health;
