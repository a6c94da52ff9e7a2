package org.kehu.customer.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);

    /**
     * Writes the credit list a rating gave. The version moves (a profile form open meanwhile would write the old
     * value back, so it gets the concurrent-edit answer instead); "last updated" does not, a rating is no edit.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Customer c set c.creditRating = :level, c.version = c.version + 1 where c.id = :id")
    int recordCreditRating(long id, String level);

    /** As {@link #recordCreditRating}, for the loyalty level. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Customer c set c.loyaltyRating = :level, c.version = c.version + 1 where c.id = :id")
    int recordLoyaltyRating(long id, String level);
}
