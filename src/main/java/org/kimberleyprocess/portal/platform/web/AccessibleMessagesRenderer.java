package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, written as one box per message instead of a list whose items carry {@code role="alert"}
 * (an item with that role is no longer a list item, which assistive technology and axe-core reject). An error or
 * warning is announced as an alert, a confirmation as a status. The theme's class names stay, so the boxes look
 * as before. Registered for {@code p:messages} in faces-config.xml.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages component, String severity,
                                  List<FacesMessage> messages) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        for (FacesMessage message : messages) {
            writer.startElement("div", null);
            writer.writeAttribute("class", "ui-messages-" + severity + " ui-corner-all", null);
            writer.writeAttribute("role", "info".equals(severity) ? "status" : "alert", null);
            writer.startElement("span", null);
            writer.writeAttribute("class", "ui-messages-" + severity + "-icon", null);
            writer.writeAttribute("aria-hidden", "true", null);
            writer.endElement("span");
            if (component.isShowSummary()) {
                text(writer, component, "ui-messages-" + severity + "-summary", message.getSummary());
            }
            if (component.isShowDetail() && message.getDetail() != null
                    && !message.getDetail().equals(message.getSummary())) {
                text(writer, component, "ui-messages-" + severity + "-detail", message.getDetail());
            }
            writer.endElement("div");
            message.rendered();
        }
    }

    private static void text(ResponseWriter writer, Messages component, String styleClass, String text)
            throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (text != null) {
            if (component.isEscape()) {
                writer.writeText(text, null);
            } else {
                writer.write(text);
            }
        }
        writer.endElement("span");
    }
}
