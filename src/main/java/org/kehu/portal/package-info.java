/** The customers' own web site: portal accounts and their pages, and the public showcase. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.kehu.portal;
