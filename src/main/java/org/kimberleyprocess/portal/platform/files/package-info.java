/** Uploaded files: type checked from the content, kept in the data directory, described in the database. */
package org.kimberleyprocess.portal.platform.files;
