/**
 * The home page: what the signed-in user needs first. Role dashboards from the analytics module join it
 * later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.kehu.home;
