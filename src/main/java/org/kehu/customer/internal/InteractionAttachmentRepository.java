package org.kehu.customer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InteractionAttachmentRepository extends JpaRepository<InteractionAttachment, Long> {
}
