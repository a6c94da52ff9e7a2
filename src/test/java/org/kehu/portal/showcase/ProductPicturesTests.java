package org.kehu.portal.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;

/** Staff upload a product's pictures on its page; the portal shows an uploaded one ahead of the drawn demo picture. */
@SpringBootTest
@AutoConfigureMockMvc
class ProductPicturesTests extends ShowcaseTestSupport {

    long product;
    List<Long> before;

    @BeforeEach
    void aProductOnSale() {
        idsAbove1000("portal_file");
        product = jdbc.sql("select id from product where status = 'ON_SALE' order by id limit 1").query(Long.class).single();
        before = files.list(FileOwner.PRODUCT, product).stream().map(StoredFile::id).toList();
    }

    @AfterEach
    void removeTheUploads() {
        jdbc.sql("delete from portal_file where owner_kind = 'PRODUCT' and owner_id = ? and filename like '上传测试%'")
                .param(product).update();
    }

    @Test
    void anUploadedPictureComesFirstOnThePortalAndOnlyPicturesAreAccepted() throws Exception {
        String card = html(multipart("/products/" + product + "/portal-pictures")
                .file(new MockMultipartFile("images", "上传测试.png", "image/png", DemoPictures.png(9, "UP")))
                .with(as("admin")).with(csrf()));
        assertThat(card).contains("id=\"product-pictures-done\"");
        List<StoredFile> now = files.list(FileOwner.PRODUCT, product);
        assertThat(now.get(0).filename()).isEqualTo("上传测试.png");
        assertThat(now.get(0).id()).isGreaterThan(1000);
        assertThat(files.firstImages(FileOwner.PRODUCT, List.of(product))).containsEntry(product, now.get(0).id());
        mvc.perform(get("/portal/files/" + now.get(0).id())).andExpect(status().isOk());

        String refused = html(multipart("/products/" + product + "/portal-pictures")
                .file(new MockMultipartFile("images", "上传测试.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .param("lang", "en").with(as("admin")).with(csrf()));
        assertThat(refused).contains("id=\"product-pictures-error\"").contains("Only pictures are accepted");
        assertThat(files.list(FileOwner.PRODUCT, product)).hasSize(before.size() + 1);

        html(post("/products/" + product + "/portal-pictures/" + now.get(0).id() + "/delete").with(as("admin")).with(csrf()));
        assertThat(files.list(FileOwner.PRODUCT, product)).extracting(StoredFile::id).containsExactlyElementsOf(before);
    }

    @Test
    void aUserWhoMayNotEditProductsCannotUploadOrRemovePictures() throws Exception {
        mvc.perform(multipart("/products/" + product + "/portal-pictures")
                .file(new MockMultipartFile("images", "上传测试.png", "image/png", DemoPictures.png(9, "UP")))
                .with(as("service")).with(csrf())).andExpect(status().isForbidden());
        if (!before.isEmpty()) {
            mvc.perform(post("/products/" + product + "/portal-pictures/" + before.get(0) + "/delete").with(as("service"))
                    .with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(files.list(FileOwner.PRODUCT, product)).extracting(StoredFile::id).containsExactlyElementsOf(before);
    }
}
