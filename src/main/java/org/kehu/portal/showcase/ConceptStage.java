package org.kehu.portal.showcase;

/** How far a concept product (概念产品) has come: an idea, in design, a prototype, on trial with customers. */
enum ConceptStage {
    IDEA, DESIGN, PROTOTYPE, TRIAL
}
