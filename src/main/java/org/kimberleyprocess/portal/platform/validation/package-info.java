/** Rules on values that several capabilities share (an e-mail address), in one place. */
package org.kimberleyprocess.portal.platform.validation;
