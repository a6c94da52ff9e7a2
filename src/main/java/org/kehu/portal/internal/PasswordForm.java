package org.kehu.portal.internal;

/** The new password and its repetition, on the invitation and reset pages. */
class PasswordForm {

    private String password;
    private String repeat;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
