/**
 * What several application nodes on one PostgreSQL tell each other: a cache one node changed is dropped on
 * every node, through PostgreSQL's {@code LISTEN/NOTIFY}.
 */
package org.kehu.shared.cluster;
