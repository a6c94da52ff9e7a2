package org.kehu.portal.guestbook;

import java.util.List;

/** A thread as a page shows it: the root post and the replies the reader may see, oldest first. */
public record GuestbookThread(GuestbookPost root, List<GuestbookPost> replies) {
}
