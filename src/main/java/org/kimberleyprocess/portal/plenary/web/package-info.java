/** Backing beans of the committees pages. */
package org.kimberleyprocess.portal.plenary.web;
