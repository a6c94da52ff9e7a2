package org.kehu.catalog;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProductApiTests extends CatalogTestSupport {

    @Test
    void createAnswers201WithLocationAndTheProductAsSaved() throws Exception {
        mvc.perform(post("/api/v1/products").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"T-API-1","name":"五轴加工中心","categoryId":%d,"model":"UMC-500","specification":"五轴联动",
                         "unitCode":"UNIT","price":1880000.50,"lowStockThreshold":1,"description":"测试"}"""
                        .formatted(categoryId("CNC"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/products/")))
                .andExpect(jsonPath("$.code").value("T-API-1"))
                .andExpect(jsonPath("$.status").value("ON_SALE"))
                .andExpect(jsonPath("$.price").value(1880000.50))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesNegativePriceAndThresholdAndUnknownUnitNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/products").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"code":"T-API-2","name":" ","categoryId":%d,"unitCode":"BARREL","price":-1,"lowStockThreshold":-2}"""
                        .formatted(categoryId("CNC"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "unitCode", "price",
                        "lowStockThreshold")))
                .andExpect(jsonPath("$.errors[?(@.field == 'price')].message").value(hasItem("价格不能为负数。")));
    }

    @Test
    void refusesACodeAlreadyUsed() throws Exception {
        mvc.perform(post("/api/v1/products").with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"p-0001\",\"name\":\"重复\",\"categoryId\":%d,\"unitCode\":\"UNIT\",\"price\":1}"
                        .formatted(categoryId("CNC"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }

    @Test
    void refusesAStaleVersionWith409AndKeepsTheFirstChange() throws Exception {
        JsonNode p = createProduct("T-API-3", "并发测试车床", "100000");
        String url = "/api/v1/products/" + p.get("id").asLong();
        String change = """
                {"code":"T-API-3","name":"%s","categoryId":%d,"unitCode":"UNIT","price":110000,"version":0}""";
        mvc.perform(put(url).with(as("director")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted("第一次修改", categoryId("CNC"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(url).with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted("第二次修改", categoryId("CNC"))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(url).with(as("director"))).andExpect(jsonPath("$.name").value("第一次修改"));
    }

    @Test
    void unknownProductAnswers404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/products/987654321").with(as("director")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsByCategoryStatusAndTextAndPagesByCode() throws Exception {
        mvc.perform(get("/api/v1/products").param("category", String.valueOf(categoryId("MOTOR"))).param("size", "100")
                .with(as("service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.items[*].categoryId").value(everyItem(is((int) categoryId("MOTOR")))));
        mvc.perform(get("/api/v1/products").param("status", "DISCONTINUED").with(as("service")))
                .andExpect(jsonPath("$.items[*].status").value(everyItem(is("DISCONTINUED"))));
        mvc.perform(get("/api/v1/products").param("q", "VMC850").with(as("service")))
                .andExpect(jsonPath("$.items[0].code").value("P-0003"));
        String next = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/products").param("size", "5").with(as("service")))
                .andExpect(jsonPath("$.items[4].code").value("P-0005")).andExpect(jsonPath("$.hasNext").value(true))
                .andReturn().getResponse().getContentAsString(), "$.next");
        mvc.perform(get("/api/v1/products").param("size", "5").param("after", next).with(as("service")))
                .andExpect(jsonPath("$.items[0].code").value("P-0006")).andExpect(jsonPath("$.hasPrevious").value(true));
    }

    @Test
    void showsComponentsAndOptionGroupsWithSignedPriceDifferences() throws Exception {
        mvc.perform(get("/api/v1/products/" + productId("P-0011")).with(as("service")))
                .andExpect(jsonPath("$.optionGroups[*].name").value(hasItem("电机配置")))
                .andExpect(jsonPath("$.optionGroups[1].options[1].priceDelta").value(-1200.0));
        mvc.perform(get("/api/v1/products/" + productId("P-0047")).with(as("service")))
                .andExpect(jsonPath("$.components[*].partCode").value(hasItem("P-0043")));
    }

    @Test
    void addsComponentsAndOptionsAndRefusesAZeroQuantity() throws Exception {
        long id = createProduct("T-API-4", "组件测试机", "5000").get("id").asLong();
        mvc.perform(post("/api/v1/products/" + id + "/components").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"partProductId\":%d,\"quantity\":0}".formatted(productId("P-0026"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(post("/api/v1/products/" + id + "/components").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"partProductId\":%d,\"quantity\":2}".formatted(productId("P-0026"))))
                .andExpect(status().isCreated());
        String group = mvc.perform(post("/api/v1/products/" + id + "/option-groups").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"颜色\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long groupId = json.readTree(group).get("id").asLong();
        mvc.perform(post("/api/v1/products/" + id + "/option-groups/" + groupId + "/options").with(as("director")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"简配\",\"priceDelta\":-300}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/products/" + id).with(as("director")))
                .andExpect(jsonPath("$.components[0].partName").value("交流伺服电机"))
                .andExpect(jsonPath("$.optionGroups[0].options[0].priceDelta").value(-300.0))
                .andExpect(jsonPath("$.version").value(3));
    }

    @Test
    void theOpenApiDescriptionListsTheProductAndInventoryEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as("director")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/products/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/inventory/movements'].post").exists());
    }

    @Test
    void aUserWithoutProductEditMayReadButNotChangeProducts() throws Exception {
        mvc.perform(get("/api/v1/products").with(as("service"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/products").with(as("service")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"T-NO\",\"name\":\"无权\",\"categoryId\":%d,\"unitCode\":\"UNIT\",\"price\":1}"
                        .formatted(categoryId("CNC"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/products/export").with(as("service"))).andExpect(status().isForbidden());
    }
}
