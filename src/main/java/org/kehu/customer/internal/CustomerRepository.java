package org.kehu.customer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByCode(String code);
}
