/** Rules on values that several capabilities share (an e-mail address, a plain text), in one place. */
package org.kimberleyprocess.portal.platform.validation;
