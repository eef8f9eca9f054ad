/** Configuration that differs per environment, read through MicroProfile Config, and the checks at start. */
package org.kimberleyprocess.portal.platform.config;
