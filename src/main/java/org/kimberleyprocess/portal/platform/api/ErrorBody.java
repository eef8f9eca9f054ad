package org.kimberleyprocess.portal.platform.api;

/** The JSON body of an API error: a stable key and the message in the caller's language. */
public record ErrorBody(int status, String key, String message) {
}
