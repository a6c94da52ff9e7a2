package org.kehu.sales.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanStepRepository extends JpaRepository<PlanStep, Long> {

    List<PlanStep> findByOpportunityIdOrderByPlannedOnAscIdAsc(long opportunityId);
}
