package org.kehu.marketing.plan;

/** How a market research was done (调查方法). */
public enum ResearchMethod {
    QUESTIONNAIRE, INTERVIEW, FOCUS_GROUP, OBSERVATION, DESK, ONLINE, OTHER;

    public String labelKey() {
        return "marketing.research.method." + name();
    }
}
