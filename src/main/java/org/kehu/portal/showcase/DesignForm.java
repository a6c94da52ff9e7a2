package org.kehu.portal.showcase;

/** A DIY design as the portal's upload page enters it; its files come as a separate multipart field. */
public class DesignForm {

    private String title;
    private String description;
    private boolean publish;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
}
