package org.kehu.customer.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOwnershipRepository extends JpaRepository<CustomerOwnership, Long> {

    Optional<CustomerOwnership> findFirstByCustomerIdAndToAtIsNullOrderByFromAtDesc(long customerId);
}
