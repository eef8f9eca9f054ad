package org.kimberleyprocess.portal.platform.security;

/** Whether a username is taken: by an account, or by a sign-up or Observer request that may become one. */
public interface Usernames {

    boolean inUse(String username);
}
