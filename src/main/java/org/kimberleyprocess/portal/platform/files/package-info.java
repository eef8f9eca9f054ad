/** Uploaded files and spreadsheets: type checked from the content, kept in the data directory, read within bounds. */
package org.kimberleyprocess.portal.platform.files;
