package org.kehu.dictionary.api;

import java.util.List;

import org.kehu.dictionary.internal.RegionAdmin;
import org.kehu.dictionary.internal.RegionForm;
import org.kehu.dictionary.internal.RegionRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Provinces and cities over REST: any signed-in user reads, {@code dictionary.edit} changes. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionApiController {

    private final RegionAdmin regions;
    private final ApiValidation validation;

    RegionApiController(RegionAdmin regions, ApiValidation validation) {
        this.regions = regions;
        this.validation = validation;
    }

    @GetMapping
    List<RegionRow> provinces() {
        return regions.provinces();
    }

    @GetMapping("/{code}")
    RegionRow region(@PathVariable String code) {
        return regions.region(code);
    }

    @GetMapping("/{code}/cities")
    List<RegionRow> cities(@PathVariable String code) {
        return regions.cities(code);
    }

    @PostMapping("/{code}/cities")
    @PreAuthorize("hasAuthority('dictionary.edit')")
    ResponseEntity<RegionRow> addCity(@PathVariable String code, @RequestBody(required = false) RegionForm body) {
        validation.check(body);
        return ResponseEntity.status(HttpStatus.CREATED).body(regions.addCity(code, body));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('dictionary.edit')")
    RegionRow update(@PathVariable String code, @RequestBody(required = false) RegionForm body) {
        RegionRow current = regions.region(code);
        if (body != null) {
            body.setCode(current.code());
        }
        validation.check(body);
        return regions.update(code, body);
    }

    @DeleteMapping("/{code}")
    @PreAuthorize("hasAuthority('dictionary.edit')")
    ResponseEntity<Void> delete(@PathVariable String code) {
        regions.delete(code);
        return ResponseEntity.noContent().build();
    }
}
