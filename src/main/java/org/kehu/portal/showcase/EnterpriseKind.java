package org.kehu.portal.showcase;

/** The alliance itself (联盟企业) or one of its partner enterprises (合作企业). */
enum EnterpriseKind {
    ALLIANCE, PARTNER
}
