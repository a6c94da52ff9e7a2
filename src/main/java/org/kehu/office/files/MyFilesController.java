package org.kehu.office.files;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.identity.CurrentUser;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.Formats;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal file cabinet's page: the user's files with the quota used, upload, download, rename and delete; and
 * for administrators (setting.edit) the quota itself. A refused upload answers 400 with the reason beside the field.
 */
@Controller
class MyFilesController {

    private static final long MB = 1024L * 1024;

    private final MyFiles files;
    private final FileQuota quota;
    private final UserDirectory users;
    private final Messages messages;

    MyFilesController(MyFiles files, FileQuota quota, UserDirectory users, Messages messages) {
        this.files = files;
        this.quota = quota;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/my-files")
    String page(Model model) {
        return page(model, users.requireCurrentUser());
    }

    @PostMapping("/my-files")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        CurrentUser user = users.requireCurrentUser();
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "office.upload.error.empty");
            }
            files.upload(user.id(), new OfficeUploads.Upload(file.getOriginalFilename(), file.getBytes()));
            redirect.addFlashAttribute("flash", messages.text("office.files.uploaded"));
            return "redirect:/my-files";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String key = e.fieldErrors().values().iterator().next();
            MyFiles.Usage usage = files.usage(user.id());
            model.addAttribute("uploadError", "office.files.error.quota".equals(key)
                    ? messages.text(key, mb(file.getSize()), mb(usage.used()), mb(usage.quota()))
                    : messages.text(key));
            return page(model, user);
        }
    }

    @GetMapping("/my-files/{id:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        MyFiles.FileContent f = files.download(users.requireCurrentUser().id(), id);
        return Downloads.attachment(f.filename(), f.contentType(), f.content());
    }

    @PostMapping("/my-files/{id:\\d+}/rename")
    String rename(@PathVariable long id, @RequestParam(required = false) String filename,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            files.rename(users.requireCurrentUser().id(), id, filename, version);
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("fileError", messages.text(e.fieldErrors().values().iterator().next()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("fileError", messages.text("office.files.error.conflict"));
        }
        return "redirect:/my-files";
    }

    @PostMapping("/my-files/{id:\\d+}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        files.delete(users.requireCurrentUser().id(), id);
        redirect.addFlashAttribute("flash", messages.text("office.files.deleted"));
        return "redirect:/my-files";
    }

    @PostMapping("/my-files/quota")
    @PreAuthorize("hasAuthority('setting.edit')")
    String saveQuota(@RequestParam(required = false) Long quotaMb, @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        try {
            quota.save(quotaMb, version, users.requireCurrentUser().id());
            redirect.addFlashAttribute("flash", messages.text("common.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("quotaError", messages.text(e.fieldErrors().values().iterator().next(),
                    FileQuota.MIN_MB, FileQuota.MAX_MB));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("quotaError", messages.text("office.files.error.conflict"));
        }
        return "redirect:/my-files";
    }

    private String page(Model model, CurrentUser user) {
        model.addAttribute("files", files.list(user.id()));
        MyFiles.Usage usage = files.usage(user.id());
        model.addAttribute("usage", usage);
        model.addAttribute("usedMb", mb(usage.used()));
        model.addAttribute("quotaMb", mb(usage.quota()));
        model.addAttribute("quotaSetting", user.can(Permission.SETTING_EDIT) ? quota.current() : null);
        return "office/files/list";
    }

    /** Megabytes with one decimal, as the quota message shows them. */
    static String mb(long bytes) {
        return Formats.decimal(bytes / (double) MB, 1);
    }
}
