/** Demonstration data: the contract each capability's demonstration data keeps, and the platform's own documents. */
package org.kimberleyprocess.portal.platform.demo;
