package org.learningsets.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' FullAjaxExceptionHandler (errors in ajax requests go to web.xml's error pages), except that a database
 * that is away or out of disk space gets unavailable.xhtml, as {@link DatabaseTroubleFilter} does for full requests.
 */
public class DatabaseTroubleExceptionHandlerFactory extends ExceptionHandlerFactory {

    static final String PAGE = "/unavailable.xhtml";

    public DatabaseTroubleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()) {
            @Override
            protected String findErrorPageLocation(FacesContext context, Throwable exception) {
                return DatabaseTrouble.of(exception, DatabaseTroubleFilter.dataDirectory())
                        .map(trouble -> {
                            context.getExternalContext().getRequestMap().put(DatabaseTrouble.ATTRIBUTE, trouble.name());
                            return PAGE;
                        })
                        .orElseGet(() -> super.findErrorPageLocation(context, exception));
            }
        };
    }
}
