package org.kehu.customer.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

/** A file attached to an interaction, stored in the database with it. */
@Entity
@Table(name = "interaction_attachment")
public class InteractionAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long interactionId;
    private String filename;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    @Column(updatable = false)
    private Instant createdAt;

    protected InteractionAttachment() {
    }

    public InteractionAttachment(long interactionId, String filename, String contentType, byte[] content) {
        this.interactionId = interactionId;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public long getInteractionId() { return interactionId; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public byte[] getContent() { return content; }
}
