package org.kehu.rating;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingModelApiTests extends RatingTestSupport {

    private ResultActions putMatrix(long id, String matrix) throws Exception {
        return mvc.perform(put("/api/v1/ratings/models/" + id).with(as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + modelVersion(id) + ", \"matrix\": " + matrix + "}"));
    }

    @Test
    void seedModelsAnswerTheWeightsTheirMatricesGiveWithLambdaMaxCiRiAndCr() throws Exception {
        long loyalty = modelInUse(RatingKind.LOYALTY);
        mvc.perform(get("/api/v1/ratings/models").with(as("manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind", hasItem("CREDIT")));
        mvc.perform(get("/api/v1/ratings/models/" + loyalty).with(as("manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.factors.length()").value(7))
                .andExpect(jsonPath("$.factors[6].grades[1].zh").value("关系建立的时间短于12个月"))
                .andExpect(jsonPath("$.weights[1]", closeTo(0.2997, 5e-5), Double.class))
                .andExpect(jsonPath("$.lambdaMax", closeTo(7.6214, 5e-5), Double.class))
                .andExpect(jsonPath("$.ci", closeTo(0.1036, 5e-5), Double.class))
                .andExpect(jsonPath("$.ri").value(1.36))
                .andExpect(jsonPath("$.cr", closeTo(0.0762, 5e-5), Double.class));
        long credit = modelInUse(RatingKind.CREDIT);
        mvc.perform(get("/api/v1/ratings/models/" + credit).with(as("executive"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.weights[0]", closeTo(0.4373, 5e-5), Double.class))
                .andExpect(jsonPath("$.cr", closeTo(0.0641, 5e-5), Double.class));
    }

    @Test
    void refusesAnInconsistentMatrixWithItsCrAndTheComparisonsToRevise() throws Exception {
        long loyalty = modelInUse(RatingKind.LOYALTY);
        // "a is 9 times as important as b", where the seed's experts said 0.22 and every other row agrees with them.
        putMatrix(loyalty, loyaltyMatrixWith(0, 1, 9)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.cr", closeTo(0.2335, 5e-4), Double.class))
                .andExpect(jsonPath("$.errors[0].field").value("matrix"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("CR")))
                .andExpect(jsonPath("$.errors[1].field").value("matrix[0][1]"))
                .andExpect(jsonPath("$.revise[0].rowFactor").value("a"))
                .andExpect(jsonPath("$.revise[0].columnFactor").value("b"))
                .andExpect(jsonPath("$.revise[0].given").value(9.0))
                .andExpect(jsonPath("$.revise.length()").value(3));
        mvc.perform(get("/api/v1/ratings/models/" + loyalty + "/versions").with(as("admin")))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void refusesMalformedMatricesWith400NamingTheCell() throws Exception {
        long credit = modelInUse(RatingKind.CREDIT);
        putMatrix(credit, "[[1,2,1,1,1],[2,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("matrix[1][0]"));
        putMatrix(credit, "[[1,0,1,1,1],[0,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("matrix[0][1]")));
        putMatrix(credit, "[[1,\"NaN\",1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]")
                .andExpect(status().isBadRequest());
        putMatrix(credit, "[[1,1e308,1,1,1],[1e-308,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("matrix[0][1]")));
        putMatrix(credit, "[[1,1e999,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]")
                .andExpect(status().isBadRequest());
        putMatrix(credit, "[[1,2],[0.5,1]]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix"));
        putMatrix(credit, "[[1,1,1],[1,1],[1,1,1]]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("matrix"));
        putMatrix(credit, "[]").andExpect(status().isBadRequest());
        putMatrix(credit, "\"matrix\"").andExpect(status().isBadRequest());
        putMatrix(credit, "[[1,1,1,1,null],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]").andExpect(status().isBadRequest());
    }

    @Test
    void savesAConsistentMatrixAsANewVersionAndAStaleVersionIs409() throws Exception {
        long credit = modelInUse(RatingKind.CREDIT);
        long stale = modelVersion(credit);
        String equal = "[[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1],[1,1,1,1,1]]";
        putMatrix(credit, equal).andExpect(status().isOk())
                .andExpect(jsonPath("$.versionNumber").value(2))
                .andExpect(jsonPath("$.weights[0]", closeTo(0.2, 1e-9), Double.class))
                .andExpect(jsonPath("$.weights[4]", closeTo(0.2, 1e-9), Double.class))
                .andExpect(jsonPath("$.cr", closeTo(0, 1e-9), Double.class));
        mvc.perform(put("/api/v1/ratings/models/" + credit).with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + stale + ", \"matrix\": " + equal + "}")).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/ratings/models/" + credit + "/versions").with(as("admin")))
                .andExpect(jsonPath("$[0].number").value(2)).andExpect(jsonPath("$[1].number").value(1));
    }

    @Test
    void anAccountManagerMayNotChangeAModel() throws Exception {
        long credit = modelInUse(RatingKind.CREDIT);
        mvc.perform(put("/api/v1/ratings/models/" + credit).with(as("manager")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"matrix\": [[1,1],[1,1]]}")).andExpect(status().isForbidden());
    }
}
