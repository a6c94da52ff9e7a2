package org.kehu.sales.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    List<Opportunity> findByCustomerId(long customerId);
}
