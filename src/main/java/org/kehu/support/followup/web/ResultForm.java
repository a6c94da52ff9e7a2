package org.kehu.support.followup.web;

import org.kehu.support.followup.FollowUpMethod;

/** The result form of a visit. */
public class ResultForm {

    private FollowUpMethod method;
    private String result;
    private Integer satisfaction;
    private Long version;

    public FollowUpMethod getMethod() {
        return method;
    }

    public void setMethod(FollowUpMethod method) {
        this.method = method;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
