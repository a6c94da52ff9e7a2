package org.kehu.office.mail;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.kehu.shared.InputLimits;

/** An e-mail as the form takes it: staff and contacts as recipients (by id), a subject and a text. */
public class MailForm {

    private List<Long> userIds = new ArrayList<>();
    private List<Long> contactIds = new ArrayList<>();
    @NotBlank
    @Size(max = 200)
    private String subject;
    @NotBlank
    @Size(max = InputLimits.LONG_TEXT)
    private String body;

    public List<Long> getUserIds() { return userIds; }
    public void setUserIds(List<Long> userIds) { this.userIds = userIds == null ? new ArrayList<>() : userIds; }
    public List<Long> getContactIds() { return contactIds; }
    public void setContactIds(List<Long> contactIds) { this.contactIds = contactIds == null ? new ArrayList<>() : contactIds; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
