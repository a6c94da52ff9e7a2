/**
 * Keyset paging every list uses: {@link org.kehu.shared.paging.KeysetPage} and its opaque
 * {@link org.kehu.shared.paging.Cursor}, the {@link org.kehu.shared.paging.CappedCount} the pager shows
 * ("10,000+"), {@link org.kehu.shared.paging.PageBounds} to clamp page sizes, and
 * {@link org.kehu.shared.paging.Like} to escape search text.
 */
package org.kehu.shared.paging;
