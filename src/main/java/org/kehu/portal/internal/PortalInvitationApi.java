package org.kehu.portal.internal;

import org.kehu.portal.account.PortalAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inviting a contact to the portal through the API: the contact receives a mail with a link to set a password.
 * Answers the account and where the mail went; 404 for a contact outside the caller's scope, 403 for a caller who
 * is neither a portal account manager nor the customer's account manager, 400 without a valid e-mail, 409 when the
 * contact has an account already.
 */
@RestController
class PortalInvitationApi {

    private final PortalAccess access;

    PortalInvitationApi(PortalAccess access) {
        this.access = access;
    }

    @PostMapping("/api/v1/contacts/{id}/portal-invitation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('customer.view')")
    PortalAccess.InvitationSent invite(@PathVariable long id) {
        return access.invite(id);
    }
}
