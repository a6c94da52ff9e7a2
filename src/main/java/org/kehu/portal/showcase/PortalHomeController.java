package org.kehu.portal.showcase;

import java.util.List;

import org.kehu.catalog.PublicCatalog;
import org.kehu.catalog.PublicProduct;
import org.kehu.shared.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's public home, the alliance and partner enterprises, and the help pages: no login, published content
 * only (an unpublished enterprise answers 404 like an unknown one).
 */
@Controller
class PortalHomeController {

    private static final int FEATURED = 6;
    private static final int TEASERS = 3;

    private final Enterprises enterprises;
    private final Concepts concepts;
    private final DiyDesigns designs;
    private final PublicCatalog catalog;
    private final ShowcaseFiles files;

    PortalHomeController(Enterprises enterprises, Concepts concepts, DiyDesigns designs, PublicCatalog catalog,
            ShowcaseFiles files) {
        this.enterprises = enterprises;
        this.concepts = concepts;
        this.designs = designs;
        this.catalog = catalog;
        this.files = files;
    }

    @GetMapping("/portal")
    String home(Model model) {
        List<Enterprise> alliance = enterprises.published(EnterpriseKind.ALLIANCE);
        model.addAttribute("alliance", alliance.isEmpty() ? null : alliance.get(0));
        model.addAttribute("partners", enterprises.published(EnterpriseKind.PARTNER));
        List<PublicProduct> products = catalog.onSale();
        var pictures = files.firstImages(FileOwner.PRODUCT, products.stream().map(PublicProduct::id).toList());
        // Featured: the first products that have a picture, so that the home page shows pictures.
        model.addAttribute("products", products.stream().filter(p -> pictures.containsKey(p.id())).limit(FEATURED).toList());
        model.addAttribute("productPictures", pictures);
        List<Concept> published = concepts.published();
        model.addAttribute("concepts", published.stream().limit(TEASERS).toList());
        model.addAttribute("conceptPictures", files.firstImages(FileOwner.CONCEPT, published.stream().map(Concept::id).toList()));
        List<DiyDesignRow> recommended = designs.recommended(TEASERS);
        model.addAttribute("designs", recommended);
        model.addAttribute("designPictures", files.firstImages(FileOwner.DIY, recommended.stream().map(DiyDesignRow::id).toList()));
        model.addAttribute("enterprisePictures", files.firstImages(FileOwner.ENTERPRISE,
                alliance.stream().map(Enterprise::id).toList()));
        return "portal/home";
    }

    @GetMapping("/portal/about/alliance")
    String alliance(Model model) {
        return enterpriseList(EnterpriseKind.ALLIANCE, model);
    }

    @GetMapping("/portal/about/partners")
    String partners(Model model) {
        return enterpriseList(EnterpriseKind.PARTNER, model);
    }

    @GetMapping("/portal/about/{id:\\d+}")
    String enterprise(@PathVariable long id, Model model) {
        Enterprise e = enterprises.published(id).orElseThrow(() -> new RecordNotFoundException("Enterprise", id));
        model.addAttribute("enterprise", e);
        model.addAttribute("images", files.list(FileOwner.ENTERPRISE, id).stream().filter(StoredFile::isImage).toList());
        return "portal/enterprise";
    }

    @GetMapping("/portal/help")
    String help() {
        return "portal/help";
    }

    private String enterpriseList(EnterpriseKind kind, Model model) {
        List<Enterprise> list = enterprises.published(kind);
        model.addAttribute("kind", kind.name());
        model.addAttribute("enterprises", list);
        model.addAttribute("pictures", files.firstImages(FileOwner.ENTERPRISE, list.stream().map(Enterprise::id).toList()));
        return "portal/enterprises";
    }
}
