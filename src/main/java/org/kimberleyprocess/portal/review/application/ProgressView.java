package org.kimberleyprocess.portal.review.application;

import java.time.Instant;

/** A progress report on a recommendation. */
public record ProgressView(String text, String writtenBy, Instant writtenAt) {
}
