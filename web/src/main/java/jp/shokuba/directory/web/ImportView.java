package jp.shokuba.directory.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shokuba.directory.application.csv.CsvRejectedException;
import jp.shokuba.directory.application.csv.ImportResult;
import jp.shokuba.directory.application.csv.LineError;
import jp.shokuba.directory.application.csv.OrganisationImport;
import jp.shokuba.directory.application.csv.StaffImport;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.Messages;
import org.primefaces.model.file.UploadedFile;

/** Upload of the HR system's organisation and staff CSV files; shows every bad line, or what was imported. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationImport organisationImport;

    @Inject
    transient StaffImport staffImport;

    @Inject
    transient Messages messages;

    private transient UploadedFile organisationFile;
    private transient UploadedFile staffFile;
    private List<LineError> errors = List.of();
    private String rejectedFile;

    public void importOrganisation() {
        run(organisationFile, "import.organisation", () -> organisationImport.importCsv(organisationFile.getContent()));
    }

    public void importStaff() {
        run(staffFile, "import.staff", () -> staffImport.importCsv(staffFile.getContent()));
    }

    private interface Import {
        ImportResult run() throws BusinessException;
    }

    private void run(UploadedFile file, String what, Import action) {
        errors = List.of();
        rejectedFile = null;
        if (file == null || file.getSize() == 0) {
            messages.error("import.noFile");
            return;
        }
        try {
            ImportResult result = action.run();
            messages.info("import.done", messages.text(what), file.getFileName(), result.created(), result.updated(),
                    result.charset());
        } catch (CsvRejectedException e) {
            errors = e.errors();
            rejectedFile = file.getFileName();
            messages.refused(e);
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public UploadedFile getOrganisationFile() {
        return organisationFile;
    }

    public void setOrganisationFile(UploadedFile organisationFile) {
        this.organisationFile = organisationFile;
    }

    public UploadedFile getStaffFile() {
        return staffFile;
    }

    public void setStaffFile(UploadedFile staffFile) {
        this.staffFile = staffFile;
    }

    public List<LineError> getErrors() {
        return errors;
    }

    public String getRejectedFile() {
        return rejectedFile;
    }
}
