package org.kimberleyprocess.portal.platform.files;

import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** An upload that is not a PDF, PNG or JPEG by its content, is empty, or is larger than 10 MB. */
public class FileRejectedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public FileRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
