/** Pages every area shares: login, the user's account, the Secretariat's accounts and audit log. */
package org.kimberleyprocess.portal.platform.web;
