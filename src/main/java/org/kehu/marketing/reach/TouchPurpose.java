package org.kehu.marketing.reach;

/**
 * Why a contact is touched. Marketing needs consent and counts towards the monthly cap; care (a birthday or
 * festival greeting) only respects an opt-out and does not count.
 */
public enum TouchPurpose {
    MARKETING,
    CARE
}
