package jp.shokuba.directory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.shokuba.directory.application.csv.ImportResult;
import jp.shokuba.directory.application.csv.OrganisationImport;
import jp.shokuba.directory.application.csv.StaffImport;
import jp.shokuba.platform.BusinessException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For the HR system's nightly export: the same all-or-nothing CSV import as the admin page. */
@Path("/directory")
@ApplicationScoped
@RolesAllowed("ADMIN")
@Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryImportResource {

    @Inject
    OrganisationImport organisationImport;

    @Inject
    StaffImport staffImport;

    @POST
    @Path("/organisation-import")
    @Operation(summary = "Import the organisation CSV (UTF-8 or Shift_JIS): 組織コード,組織名,組織区分,上位組織コード",
            description = "All or nothing: on any bad line nothing is imported and the 400 problem lists every error by line.")
    public ImportResult importOrganisation(byte[] csv) throws BusinessException {
        return organisationImport.importCsv(csv);
    }

    @POST
    @Path("/staff-import")
    @Operation(summary = "Import the staff CSV (UTF-8 or Shift_JIS): 職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割",
            description = "All or nothing: on any bad line nothing is imported and the 400 problem lists every error by line.")
    public ImportResult importStaff(byte[] csv) throws BusinessException {
        return staffImport.importCsv(csv);
    }
}
