package org.kimberleyprocess.portal.accounts.web;

/**
 * What an anonymous request for an account asks besides its own fields (an applicant's sign-up, an Observer's
 * request): username, name, email address, and the password typed twice.
 */
public class AccountRequestForm extends NewAccountForm {

    private String password;
    private String repeatedPassword;

    /** Whether the password was typed the same twice. */
    public boolean passwordsMatch() {
        return password != null && password.equals(repeatedPassword);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
