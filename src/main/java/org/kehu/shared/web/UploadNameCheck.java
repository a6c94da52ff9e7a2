package org.kehu.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.InputLimits;
import org.kehu.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * The names and content types of uploaded files are text the user chose, and are stored: the same rule
 * as for any text field, checked once for every upload before a controller sees it. The refusal names
 * the form field of the file.
 */
final class UploadNameCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            multipart.getMultiFileMap().forEach((field, files) -> {
                for (MultipartFile file : files) {
                    if (InputLimits.hasControlCharacter(file.getOriginalFilename())
                            || InputLimits.hasControlCharacter(file.getContentType())) {
                        throw InvalidInputException.of(field, JsonInputRules.CONTROL_CHARACTER);
                    }
                }
            });
        }
        return true;
    }
}
