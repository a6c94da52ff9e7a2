package org.kehu.office;

import java.time.LocalDate;
import java.util.List;

import org.kehu.office.announcement.AnnouncementBoard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The must-read announcements addressed to the signed-in user that they have not confirmed yet, for the home page:
 * each stays there until the user confirms it.
 */
@Service
public class Noticeboard {

    /** A must-read announcement waiting for the reader's confirmation; {@code link} opens it. */
    public record Notice(long id, String title, LocalDate publishedFrom, String authorName, boolean read, String link) {
    }

    private final AnnouncementBoard board;

    Noticeboard(AnnouncementBoard board) {
        this.board = board;
    }

    @Transactional(readOnly = true)
    public List<Notice> awaitingConfirmation(int limit) {
        return board.awaitingConfirmation(limit).stream()
                .map(a -> new Notice(a.id(), a.title(), a.publishedFrom(), a.authorName(), a.read(), "/announcements/" + a.id()))
                .toList();
    }
}
