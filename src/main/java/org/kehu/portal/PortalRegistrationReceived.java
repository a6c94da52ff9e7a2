package org.kehu.portal;

/**
 * Someone registered on the portal for a company the CRM does not know: a lead for the sales director to
 * assign. Published in the registration's transaction.
 */
public record PortalRegistrationReceived(String companyName, String creditCode, String contactName, String email,
        String phone, String message) {
}
