package org.kimberleyprocess.portal.accounts.web;

/**
 * What a form that opens an account for someone asks (the Secretariat's new account, a focal point's invitation):
 * username, name and email address. The service checks them (NewAccountRules).
 */
public class NewAccountForm {

    private String username;
    private String displayName;
    private String email;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
