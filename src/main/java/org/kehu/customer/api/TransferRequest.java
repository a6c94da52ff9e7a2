package org.kehu.customer.api;

import java.util.List;

/** Hands the customers to the owner; {@code reason} is optional. */
record TransferRequest(List<Long> customerIds, Long ownerId, String reason) {
}
