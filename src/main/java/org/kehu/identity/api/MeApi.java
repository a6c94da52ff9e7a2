package org.kehu.identity.api;

import java.net.URI;
import java.util.List;
import java.util.TreeSet;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.internal.ProfileService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller themselves: who they are, and their personal access tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    private final UserDirectory users;
    private final ProfileService profiles;

    MeApi(UserDirectory users, ProfileService profiles) {
        this.users = users;
        this.profiles = profiles;
    }

    record Me(long id, String username, String name, Long departmentId, String dataScope, List<String> permissions) {
    }

    record TokenRequest(String name) {
    }

    @GetMapping
    Me me() {
        CurrentUser u = users.requireCurrentUser();
        return new Me(u.id(), u.username(), u.name(), u.departmentId(), u.dataScope().name(),
                List.copyOf(new TreeSet<>(u.permissions())));
    }

    /** Lists the caller's tokens; their values are never stored, so never shown again. */
    @GetMapping("/tokens")
    List<ProfileService.Token> tokens() {
        return profiles.tokens(users.requireCurrentUser().id());
    }

    /** Creates a token and answers its value this one time. */
    @PostMapping("/tokens")
    ResponseEntity<ProfileService.NewToken> create(@RequestBody(required = false) TokenRequest request) {
        var token = profiles.createToken(users.requireCurrentUser().id(), request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        profiles.revokeToken(users.requireCurrentUser().id(), id);
    }

}
