package org.kehu.competitor.web;

import org.kehu.competitor.CompetitorDetails;
import org.kehu.competitor.CompetitorInput;

/** The competitor file's form fields. */
public class CompetitorForm {

    private String code;
    private String name;
    private String background;
    private String development;
    private String fields;
    private String strategy;
    private Long version;

    static CompetitorForm of(CompetitorDetails c) {
        CompetitorForm f = new CompetitorForm();
        f.code = c.code();
        f.name = c.name();
        f.background = c.background();
        f.development = c.development();
        f.fields = c.fields();
        f.strategy = c.strategy();
        f.version = c.version();
        return f;
    }

    CompetitorInput toInput() {
        return new CompetitorInput(code, name, background, development, fields, strategy, version);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getDevelopment() { return development; }
    public void setDevelopment(String development) { this.development = development; }
    public String getFields() { return fields; }
    public void setFields(String fields) { this.fields = fields; }
    public String getStrategy() { return strategy; }
    public void setStrategy(String strategy) { this.strategy = strategy; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
