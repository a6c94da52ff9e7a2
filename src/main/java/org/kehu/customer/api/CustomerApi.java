package org.kehu.customer.api;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kehu.customer.AttachmentFile;
import org.kehu.customer.NewAttachment;
import org.kehu.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import org.kehu.customer.ContactDetails;
import org.kehu.customer.ContactInput;
import org.kehu.customer.CustomerDetails;
import org.kehu.customer.CustomerFilter;
import org.kehu.customer.CustomerInput;
import org.kehu.customer.CustomerListing;
import org.kehu.customer.CustomerManagement;
import org.kehu.customer.CustomerRow;
import org.kehu.shared.paging.KeysetPage;
import org.kehu.customer.DuplicateCustomersException;
import org.kehu.customer.InteractionDetails;
import org.kehu.customer.InteractionInput;
import org.kehu.customer.web.ExportResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Customers, contacts and interactions over REST. The caller's data scope applies: an id outside it
 * answers 404 like an unknown one.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customers", description = "Customer information: customers, contacts, interactions, ownership")
class CustomerApi {

    private final CustomerManagement customers;
    private final CustomerListing listing;

    CustomerApi(CustomerManagement customers, CustomerListing listing) {
        this.customers = customers;
        this.listing = listing;
    }

    @GetMapping("/customers")
    @Operation(summary = "List customers", description = "Filters as the list page; keyset paging: pass `next` as `after`, `previous` as `before`.")
    KeysetPage<CustomerRow> list(@ModelAttribute CustomerFilter filter,
            @Parameter(description = "cursor of the page's predecessor") @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(defaultValue = "50") int size) {
        return listing.page(filter, after, before, size);
    }

    @GetMapping("/customers/export")
    @Operation(summary = "Export the filtered customers", description = "format=csv or xlsx; streamed")
    void export(@ModelAttribute CustomerFilter filter, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        ExportResponses.write(listing, filter, format, response);
    }

    @PostMapping("/customers")
    @Operation(summary = "Create a customer", description = "409 listing possible duplicates unless confirmDuplicate=true")
    ResponseEntity<CustomerDetails> create(@RequestBody CustomerInput input,
            @RequestParam(defaultValue = "false") boolean confirmDuplicate) {
        CustomerDetails created = customers.create(input, confirmDuplicate);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + created.id())).body(created);
    }

    @GetMapping("/customers/{id}")
    CustomerDetails get(@PathVariable long id) {
        return customers.get(id);
    }

    @PutMapping("/customers/{id}")
    @Operation(summary = "Update a customer", description = "`version` is required; a stale version answers 409")
    CustomerDetails update(@PathVariable long id, @RequestBody CustomerInput input) {
        return customers.update(id, input);
    }

    @DeleteMapping("/customers/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        customers.delete(id);
    }

    @PostMapping("/customers/transfer")
    @Operation(summary = "Transfer customers to another owner", description = "All or nothing; recorded in the ownership history")
    Map<String, Integer> transfer(@RequestBody TransferRequest request) {
        return Map.of("transferred", customers.transfer(request.customerIds(), request.ownerId(), request.reason()));
    }

    @GetMapping("/customers/{id}/contacts")
    List<ContactDetails> contacts(@PathVariable long id) {
        return customers.contacts(id);
    }

    @PostMapping("/customers/{id}/contacts")
    ResponseEntity<ContactDetails> addContact(@PathVariable long id, @RequestBody ContactInput input) {
        ContactDetails created = customers.addContact(id, input, org.kehu.customer.ConsentVia.API);
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + created.id())).body(created);
    }

    @GetMapping("/contacts/{id}")
    ContactDetails contact(@PathVariable long id) {
        return customers.contact(id);
    }

    @PutMapping("/contacts/{id}")
    @Operation(summary = "Update a contact", description = "`version` is required; a stale version answers 409")
    ContactDetails updateContact(@PathVariable long id, @RequestBody ContactInput input) {
        return customers.updateContact(id, input, org.kehu.customer.ConsentVia.API);
    }

    @DeleteMapping("/contacts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteContact(@PathVariable long id) {
        customers.deleteContact(id);
    }

    @GetMapping("/customers/{id}/interactions")
    List<InteractionDetails> interactions(@PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
        return customers.interactions(id, Math.max(1, Math.min(limit, 500)));
    }

    @PostMapping(path = "/customers/{id}/interactions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an interaction", description = "occurredAt is local time in China, e.g. 2026-03-01T10:30")
    ResponseEntity<InteractionDetails> recordInteraction(@PathVariable long id, @RequestBody InteractionInput input) {
        InteractionDetails created = customers.recordInteraction(id, input, List.of());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PostMapping(path = "/customers/{id}/interactions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record an interaction with attachments",
            description = "multipart: part `interaction` (JSON as for the plain POST) and any number of `files`")
    ResponseEntity<InteractionDetails> recordInteractionWithFiles(@PathVariable long id,
            @RequestPart("interaction") InteractionInput input,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) throws IOException {
        List<NewAttachment> attachments = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                attachments.add(new NewAttachment(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(customers.recordInteraction(id, input, attachments));
    }

    @GetMapping("/attachments/{id}")
    @Operation(summary = "Download an attachment of an interaction")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        AttachmentFile file = customers.attachment(id);
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    /** Possible duplicates: 409 with the existing customers, so that the client can confirm. */
    @ExceptionHandler(DuplicateCustomersException.class)
    ResponseEntity<ProblemDetail> duplicates(DuplicateCustomersException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Customers with the same name, phone or tax number exist; repeat with confirmDuplicate=true to create anyway");
        body.setTitle("Possible duplicates");
        body.setProperty("duplicates", ex.duplicates());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
