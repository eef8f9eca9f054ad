/** First start: demonstration data in demo mode, otherwise the first Secretariat account only. */
package org.kimberleyprocess.portal.platform.demo;
