package org.kimberleyprocess.portal.platform.web;

/**
 * A capability's permission bean, kept in that capability's {@code web} package and reached by the pages through
 * the one {@link Can} bean as {@code #{can.<capability>.<question>}}.
 */
public interface CapabilityPermissions {

    /** The capability's name in the pages: {@code registry}, {@code membership}, … */
    String capability();
}
