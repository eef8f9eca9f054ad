/** Bounds on work that one person's request could otherwise make unbounded: how many heavy jobs run at once. */
package org.kimberleyprocess.portal.platform.limits;
