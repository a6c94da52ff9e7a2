package org.kehu.rating;

import java.util.List;

import org.kehu.rating.Factor.Evidence;
import org.kehu.rating.Factor.GradeText;

/**
 * Seed 003's models: the factors and grade descriptions of appendices 2 (loyalty) and 3 (credit), and the
 * pairwise matrices of appendices 4 and 5 exactly as printed (fractions such as 22/100 and 100/22). The weights
 * the seed prints beside the factors (loyalty 0.11, 0.29, 0.17, 0.17, 0.08, 0.09, 0.09; credit 0.32, 0.31, 0.14,
 * 0.18, 0.05) and its λmax (12.41 and 4.85) are not what these matrices give; Kehu computes them from the matrix.
 */
final class DefaultModels {

    private DefaultModels() {
    }

    /** Appendix 4: the loyalty matrix, B1…B7 = factors a…g. */
    static final double[][] LOYALTY_MATRIX = reciprocal(new double[][] {
        {1, 22 / 100.0, 230 / 100.0, 39 / 100.0, 89 / 100.0, 114 / 100.0, 154 / 100.0},
        {0, 1, 367 / 100.0, 171 / 100.0, 249 / 100.0, 207 / 100.0, 212 / 100.0},
        {0, 0, 1, 157 / 100.0, 290 / 100.0, 247 / 100.0, 255 / 100.0},
        {0, 0, 0, 1, 207 / 100.0, 193 / 100.0, 201 / 100.0},
        {0, 0, 0, 0, 1, 73 / 100.0, 79 / 100.0},
        {0, 0, 0, 0, 0, 1, 81 / 100.0},
        {0, 0, 0, 0, 0, 0, 1}});

    /** Appendix 5: the credit matrix, B1…B5 = factors a…e. */
    static final double[][] CREDIT_MATRIX = reciprocal(new double[][] {
        {1, 11 / 5.0, 21 / 5.0, 19 / 5.0, 31 / 5.0},
        {0, 1, 19 / 5.0, 33 / 25.0, 29 / 5.0},
        {0, 0, 1, 33 / 25.0, 5},
        {0, 0, 0, 1, 23 / 5.0},
        {0, 0, 0, 0, 1}});

    static final List<Factor> LOYALTY_FACTORS = List.of(
            factor("a", "客户购买总量占我们的份额", "Our share of the customer's total purchases", null,
                    "份额为0", "none",
                    "低于15%", "below 15 %",
                    "15%-50%之间", "15 %–50 %",
                    "50%以上", "over 50 %"),
            factor("b", "与最大竞争对手相比，我们在客户购买量中所占的份额",
                    "Our share of the customer's purchases against the largest competitor's", null,
                    "无业务/份额很少", "no business / a very small share",
                    "比最大竞争对手份额少", "smaller than the largest competitor's",
                    "与最大竞争对手大致相等", "about equal to the largest competitor's",
                    "比最大竞争对手份额大", "larger than the largest competitor's"),
            factor("c", "过去三年我们在客户购买量中所占的份额", "Our share of the customer's purchases over the past three years", null,
                    "减少", "decreasing",
                    "不变", "unchanged",
                    "年增长率低于15%", "growing by less than 15 % a year",
                    "年增长率高于15%", "growing by more than 15 % a year"),
            factor("d", "客户对我们服务的评价", "The customer's view of our service", Evidence.SERVICE_EVALUATION,
                    "不如竞争对手做得好", "worse than our competitors'",
                    "比竞争对手略差", "slightly worse than our competitors'",
                    "与竞争对手差不多", "about the same as our competitors'",
                    "比竞争对手做得好", "better than our competitors'"),
            factor("e", "客户对我们技术的评价", "The customer's view of our technology", null,
                    "竞争对手比我们做的好", "competitors do better than us",
                    "与竞争对手相比，我们没有明显的优势", "no clear advantage over competitors",
                    "我们比竞争对手略高", "slightly ahead of competitors",
                    "我们比竞争对手有明显的优势", "clearly ahead of competitors"),
            factor("f", "客户对我们价格竞争性的评价", "The customer's view of our price competitiveness", null,
                    "比竞争对手价格高得多（10%以上）", "much dearer than competitors (over 10 %)",
                    "比竞争对手略高（1%-10%）", "slightly dearer than competitors (1 %–10 %)",
                    "与竞争对手一样", "the same as competitors",
                    "比竞争对手价格低", "cheaper than competitors"),
            factor("g", "关系建立的时间长短", "How long the relationship has lasted", Evidence.RELATIONSHIP,
                    "还未建立业务", "no business yet",
                    "关系建立的时间短于12个月", "less than 12 months",
                    "关系建立1-5年", "1 to 5 years",
                    "关系建立5年以上", "over 5 years"));

    static final List<Factor> CREDIT_FACTORS = List.of(
            factor("a", "市场信誉", "Market reputation", null,
                    "信誉差", "poor",
                    "信誉低于一般水平", "below average",
                    "信誉一般", "average",
                    "信誉高于一般水平，受尊敬", "above average, respected"),
            factor("b", "资金状况", "Financial position", null,
                    "不安全，回报慢", "unsafe, slow returns",
                    "不安全，回报一般", "unsafe, average returns",
                    "安全，回报慢于一般", "safe, returns slower than average",
                    "安全，回报快", "safe, quick returns"),
            factor("c", "客户范围", "The customer's reach", null,
                    "地区性的", "regional",
                    "全国性的（集中于一个国家）", "national (within one country)",
                    "跨国的（如欧洲）", "multinational (e.g. Europe)",
                    "全球性的", "global"),
            factor("d", "付款的及时性", "Payment punctuality", null,
                    "拖欠超过3个月", "overdue by more than 3 months",
                    "拖欠在3个月内", "overdue by up to 3 months",
                    "拖欠不超过1个月", "overdue by no more than 1 month",
                    "按时付款", "pays on time"),
            factor("e", "合同基础", "Contract basis", null,
                    "无合同", "no contract",
                    "只有购货合同", "purchase contracts only",
                    "购货及技术上的接触", "purchase and technical contacts",
                    "广泛的客户接触", "broad contacts with the customer"));

    private static Factor factor(String code, String zh, String en, Evidence evidence, String... grades) {
        return new Factor(code, zh, en, List.of(new GradeText(0, grades[0], grades[1]), new GradeText(1, grades[2], grades[3]),
                new GradeText(2, grades[4], grades[5]), new GradeText(3, grades[6], grades[7])), evidence);
    }

    /** Fills the lower triangle with the reciprocals of the upper, as the seed prints it (100/22 below 22/100). */
    private static double[][] reciprocal(double[][] upper) {
        for (int i = 0; i < upper.length; i++) {
            for (int j = 0; j < i; j++) {
                upper[i][j] = 1 / upper[j][i];
            }
        }
        return upper;
    }
}
