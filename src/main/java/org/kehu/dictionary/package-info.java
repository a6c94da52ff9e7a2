/**
 * The data dictionary: every enumeration the modules use (customer nature, group, grade, industry,
 * source, interaction channel, position, level …) with Chinese and English labels, and China's regions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data dictionary")
package org.kehu.dictionary;
