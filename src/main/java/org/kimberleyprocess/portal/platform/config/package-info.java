/** Configuration that differs per environment, read through MicroProfile Config. */
package org.kimberleyprocess.portal.platform.config;
