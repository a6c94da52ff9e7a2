package org.kehu.office.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A message as the compose form or the API sends it. A reply names the message it answers in {@code replyToId}; it may
 * leave out the recipients (then it goes back to the other side: the sender, or for one's own message its
 * recipients) and the subject ("Re: " and the subject answered).
 */
public class MessageInput {

    private List<Long> recipientIds = new ArrayList<>();
    private String subject;
    private String body;
    private Long replyToId;

    public List<Long> getRecipientIds() { return recipientIds; }
    public void setRecipientIds(List<Long> recipientIds) { this.recipientIds = recipientIds == null ? new ArrayList<>() : recipientIds; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getReplyToId() { return replyToId; }
    public void setReplyToId(Long replyToId) { this.replyToId = replyToId; }
}
