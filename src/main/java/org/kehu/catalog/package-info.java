/**
 * Catalogue and inventory: products with categories, components and options, warehouses, stock on hand
 * and reserved, and every stock movement with who, when and why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue and inventory")
package org.kehu.catalog;
