/**
 * Identity and administration: users, the department tree, roles with their permissions and data
 * scope, login, personal access tokens and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.kehu.identity;
