package org.learningsets.web.development;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.learningsets.ejb.development.DevelopmentViews.CompetencyView;
import org.learningsets.ejb.development.DevelopmentViews.FrameworkView;
import org.learningsets.ejb.development.FrameworkService;
import org.learningsets.web.platform.Messages;

/** For programme leads: edit a framework's competencies and behaviours, add a competency, or add a framework. */
@Named
@ViewScoped
public class FrameworksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FrameworkService service;

    private List<FrameworkView> frameworks;
    private String editingId;
    private long editingVersion;
    private String name;
    private String behaviours;
    /** The framework a new competency goes into; null while no competency is being added. */
    private String addingTo;

    private String frameworkName;

    public void load() {
        if (frameworks == null) {
            frameworks = service.frameworks();
        }
    }

    public void edit(CompetencyView competency) {
        addingTo = null;
        editingId = competency.id();
        editingVersion = competency.version();
        name = competency.name();
        behaviours = competency.behavioursText();
    }

    public void add(String frameworkId) {
        editingId = null;
        addingTo = frameworkId;
        name = null;
        behaviours = null;
    }

    public String save() {
        try {
            if (editingId != null) {
                service.changeCompetency(editingId, editingVersion, name, behaviours);
                Messages.info("The competency " + name.strip() + " is saved.");
            } else {
                service.addCompetency(addingTo, name, behaviours);
                Messages.info("The competency " + name.strip() + " is added.");
            }
            return "/programmes/frameworks?faces-redirect=true";
        } catch (RuntimeException e) {
            Messages.show(e, null);
            return null;
        }
    }

    public String cancel() {
        return "/programmes/frameworks?faces-redirect=true";
    }

    public String addFramework() {
        try {
            service.addFramework(frameworkName);
            Messages.info("The framework " + frameworkName.strip() + " is added. Add its competencies below.");
            return "/programmes/frameworks?faces-redirect=true";
        } catch (RuntimeException e) {
            Messages.show(e, "newFramework:frameworkName");
            return null;
        }
    }

    public boolean isEditing(String competencyId) {
        return competencyId.equals(editingId);
    }

    public boolean isAdding(String frameworkId) {
        return frameworkId.equals(addingTo);
    }

    public List<FrameworkView> getFrameworks() {
        return frameworks;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBehaviours() {
        return behaviours;
    }

    public void setBehaviours(String behaviours) {
        this.behaviours = behaviours;
    }

    public String getFrameworkName() {
        return frameworkName;
    }

    public void setFrameworkName(String frameworkName) {
        this.frameworkName = frameworkName;
    }
}
