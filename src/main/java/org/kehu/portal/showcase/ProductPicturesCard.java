package org.kehu.portal.showcase;

import org.kehu.shared.FileType;
import java.util.List;

import org.kehu.catalog.ProductManagement;
import org.kehu.catalog.ProductPageSection;
import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff product page's card of the product's pictures on the portal: upload (pictures only, checked by their
 * content and size), replace all, or remove one, in place (htmx swaps the card). Uploaded pictures go first, so the public pages show them ahead
 * of the drawn demo pictures.
 */
@Controller
class ProductPicturesCard implements ProductPageSection {

    private final ShowcaseFiles files;
    private final ProductManagement products;
    private final Messages messages;

    ProductPicturesCard(ShowcaseFiles files, ProductManagement products, Messages messages) {
        this.files = files;
        this.products = products;
        this.messages = messages;
    }

    @Override
    public String titleKey() {
        return "showcase.product-pictures.title";
    }

    @Override
    public String url(long productId) {
        return "/products/" + productId + "/portal-pictures";
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.can(Permission.PRODUCT_EDIT);
    }

    @Override
    public String id() {
        return "product-portal-pictures";
    }

    // on each handler, not the class: the product page asks every reader's card for its title and visibility
    @PreAuthorize("hasAuthority('product.edit')")
    @GetMapping("/products/{id:\\d+}/portal-pictures")
    String card(@PathVariable long id, Model model) {
        products.get(id); // 404 for an unknown product
        model.addAttribute("productId", id);
        model.addAttribute("images", files.list(FileOwner.PRODUCT, id).stream().filter(StoredFile::isImage).toList());
        return "showcase/product-pictures :: card";
    }

    @PreAuthorize("hasAuthority('product.edit')")
    @PostMapping("/products/{id:\\d+}/portal-pictures")
    @Transactional
    String upload(@PathVariable long id, @RequestParam(name = "images", required = false) List<MultipartFile> images,
            @RequestParam(defaultValue = "false") boolean replace, Model model) {
        products.get(id);
        List<Upload> uploads = Uploads.of(images);
        try {
            if (uploads.isEmpty()) {
                throw InvalidInputException.of("images", "showcase.product-pictures.error.none");
            }
            List<FileType> types = files.check(uploads, true, "images", replace ? 0 : files.count(FileOwner.PRODUCT, id));
            if (replace) {
                files.deleteAll(FileOwner.PRODUCT, id);
            }
            files.storeFirst(FileOwner.PRODUCT, id, uploads, types);
            model.addAttribute("picturesDone", messages.text("showcase.product-pictures.saved"));
        } catch (InvalidInputException e) {
            model.addAttribute("picturesError", messages.text(e.fieldErrors().values().iterator().next()));
        }
        return card(id, model);
    }

    @PreAuthorize("hasAuthority('product.edit')")
    @PostMapping("/products/{id:\\d+}/portal-pictures/{fileId:\\d+}/delete")
    String delete(@PathVariable long id, @PathVariable long fileId, Model model) {
        products.get(id);
        if (files.list(FileOwner.PRODUCT, id).stream().noneMatch(f -> f.id() == fileId)) {
            throw new RecordNotFoundException("File", fileId);
        }
        files.delete(FileOwner.PRODUCT, id, fileId);
        model.addAttribute("picturesDone", messages.text("common.deleted"));
        return card(id, model);
    }
}
