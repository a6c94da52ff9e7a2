package org.kehu.office.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class MyFilesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileQuota quota;

    private long quotaBefore;

    @AfterEach
    void restore() {
        jdbc.sql("delete from office_file where filename like 'mft-%'").update();
        if (quotaBefore > 0) {
            jdbc.sql("update office_file_setting set quota_bytes = :q where id = 1").param("q", quotaBefore).update();
        }
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long upload(String username, String name, byte[] content) throws Exception {
        mvc.perform(multipart("/my-files").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as(username)).with(csrf())).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from office_file where filename = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void onlyTheOwnerSeesDownloadsRenamesAndDeletesAFile() throws Exception {
        byte[] text = "会议纪要：下周拜访客户。".getBytes(StandardCharsets.UTF_8);
        long id = upload("manager", "mft-纪要.txt", text);

        mvc.perform(get("/my-files").with(as("manager"))).andExpect(content().string(containsString("mft-纪要.txt")));
        mvc.perform(get("/my-files").with(as("manager2"))).andExpect(content().string(not(containsString("mft-纪要.txt"))));
        byte[] back = mvc.perform(get("/my-files/" + id).with(as("manager"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(back).isEqualTo(text);
        mvc.perform(get("/my-files/" + id).with(as("manager2"))).andExpect(status().isNotFound());
        mvc.perform(post("/my-files/" + id + "/delete").with(as("manager2")).with(csrf())).andExpect(status().isNotFound());

        // without an extension the old one is kept; another extension would claim another kind of file
        mvc.perform(post("/my-files/" + id + "/rename").param("filename", "mft-拜访计划").param("version", "0")
                .with(as("manager")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select filename from office_file where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("mft-拜访计划.txt");
        mvc.perform(post("/my-files/" + id + "/rename").param("filename", "mft-x.exe").param("version", "1")
                .with(as("manager")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select filename from office_file where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("mft-拜访计划.txt");
        mvc.perform(post("/my-files/" + id + "/rename").param("filename", "mft-y").param("version", "0")
                .with(as("manager")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select filename from office_file where id = :id").param("id", id).query(String.class).single())
                .as("a stale version changes nothing").isEqualTo("mft-拜访计划.txt");

        mvc.perform(post("/my-files/" + id + "/delete").with(as("manager")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from office_file where id = :id").param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void anUploadPastTheQuotaIsRefusedSayingWhy() throws Exception {
        quotaBefore = quota.current().quotaBytes();
        long version = quota.current().version();
        long used = jdbc.sql("select coalesce(sum(size_bytes), 0) from office_file o join app_user u on u.id = o.owner_id"
                + " where u.username = 'manager'").query(Long.class).single();
        assertThat(used).as("demo files fit in one megabyte").isLessThan(1024 * 1024 / 2);
        mvc.perform(post("/my-files/quota").param("quotaMb", "1").param("version", String.valueOf(version))
                .with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(quota.current().quotaBytes()).isEqualTo(1024 * 1024);

        byte[] big = new byte[1024 * 1024 - (int) used + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/my-files").file(new MockMultipartFile("file", "mft-大文件.txt", "text/plain", big))
                        .with(as("manager")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("files-upload-error")))
                .andExpect(content().string(containsString("1.0 MB")));
        assertThat(jdbc.sql("select count(*) from office_file where filename = 'mft-大文件.txt'").query(Long.class).single()).isZero();

        byte[] fits = new byte[1024 * 1024 - (int) used];
        java.util.Arrays.fill(fits, (byte) 'b');
        upload("manager", "mft-刚好.txt", fits);
    }

    @Test
    void onlyAdministratorsSetTheQuotaAndWithinItsRange() throws Exception {
        quotaBefore = quota.current().quotaBytes();
        long version = quota.current().version();
        mvc.perform(post("/my-files/quota").param("quotaMb", "5").param("version", String.valueOf(version))
                .with(as("manager")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/my-files/quota").param("quotaMb", "0").param("version", String.valueOf(version))
                .with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(quota.current().quotaBytes()).isEqualTo(quotaBefore);
        mvc.perform(get("/my-files").with(as("manager"))).andExpect(content().string(not(containsString("files-quota-form"))));
        mvc.perform(get("/my-files").with(as("admin"))).andExpect(content().string(containsString("files-quota-form")));
    }

    @Test
    void programsAreRefused() throws Exception {
        mvc.perform(multipart("/my-files").file(new MockMultipartFile("file", "mft-tool.exe", "application/octet-stream",
                        "MZ program".getBytes(StandardCharsets.US_ASCII))).with(as("manager")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("files-upload-error")));
    }
}
