package org.kehu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The static files are served folder by folder (not under a catch-all pattern): every file of
 * {@code src/main/resources/static} at its path, byte for byte, and the webjars a page links to with their version;
 * a path that is no file is not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticFilesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void everyFileOfTheStaticFoldersIsServedAtItsPath() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:/static/**/*.*");
        assertThat(files).as("the css, js and geo files").hasSizeGreaterThan(20);
        List<String> missing = new ArrayList<>();
        for (Resource file : files) {
            String url = file.getURL().toString();
            String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
            MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername("executive"))))
                    .andReturn().getResponse();
            if (response.getStatus() != 200 || !java.util.Arrays.equals(response.getContentAsByteArray(),
                    file.getContentAsByteArray())) {
                missing.add(path + " " + response.getStatus());
            }
        }
        assertThat(missing).as("files not served as they are").isEmpty();
    }

    @Test
    void theLoginPageLinksTheWebjarsWithTheirVersionAndEachIsServed() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher links = Pattern.compile("(?:href|src)=\"(/webjars/[^\"]+)\"").matcher(html);
        List<String> webjars = new ArrayList<>();
        while (links.find()) {
            webjars.add(links.group(1));
        }
        assertThat(webjars).as("bootstrap's css at least").isNotEmpty()
                .allSatisfy(link -> assertThat(link).matches("/webjars/[^/]+/\\d[^/]*/.+"));
        for (String link : webjars) {
            MockHttpServletResponse response = mvc.perform(get(link)).andReturn().getResponse();
            assertThat(response.getStatus()).as(link).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(link).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void aPathThatIsNoFileIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/css/no-such-file.css")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/webjars/bootstrap/css/no-such-file.css")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
