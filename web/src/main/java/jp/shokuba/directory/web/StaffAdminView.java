package jp.shokuba.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffChange;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.directory.domain.Position;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.PrimeFaces;
import org.primefaces.model.SortMeta;

/** Browse staff page by page, search, and edit one person (人事異動, roles, status). */
@Named
@ViewScoped
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient Messages messages;

    private String search = "";
    private LazyDataModel<StaffSummary> staff;
    private List<UnitSummary> units;
    private Editing editing;

    /** The form of the edit dialog. */
    public static final class Editing implements Serializable {
        private static final long serialVersionUID = 1L;
        private String login;
        private int version;
        private String nameKanji;
        private String nameKana;
        private String email;
        private String unitCode;
        private String positionCode;
        private List<String> roles = new ArrayList<>();
        private boolean active;
        private String newPassword;

        public String getLogin() { return login; }
        public String getNameKanji() { return nameKanji; }
        public void setNameKanji(String v) { nameKanji = v; }
        public String getNameKana() { return nameKana; }
        public void setNameKana(String v) { nameKana = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getUnitCode() { return unitCode; }
        public void setUnitCode(String v) { unitCode = v; }
        public String getPositionCode() { return positionCode; }
        public void setPositionCode(String v) { positionCode = v; }
        public List<String> getRoles() { return roles; }
        public void setRoles(List<String> v) { roles = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String v) { newPassword = v; }
    }

    @PostConstruct
    void init() {
        units = directory.organisation();
        staff = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) directory.countStaff(search);
            }

            @Override
            public List<StaffSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
                return directory.searchStaff(search, first, pageSize);
            }

            @Override
            public String getRowKey(StaffSummary s) {
                return s.login();
            }

            @Override
            public StaffSummary getRowData(String rowKey) {
                return directory.findStaff(rowKey).orElse(null);
            }
        };
    }

    public void edit(String login) {
        messages.attempt(() -> show(directory.staffRecordForAdmin(login)));
    }

    private void show(StaffSummary s) {
        Editing e = new Editing();
        e.login = s.login();
        e.version = s.version();
        e.nameKanji = s.name();
        e.nameKana = s.nameKana();
        e.email = s.email();
        e.unitCode = s.unitCode();
        e.positionCode = s.positionCode();
        e.roles = new ArrayList<>(s.grantedRoles());
        e.active = s.active();
        editing = e;
    }

    public void save() {
        try {
            directory.update(new StaffChange(editing.login, editing.version, editing.nameKanji, editing.nameKana,
                    editing.email, editing.unitCode, editing.positionCode, new HashSet<>(editing.roles), editing.active));
            if (editing.newPassword != null && !editing.newPassword.isEmpty()) {
                directory.setPassword(editing.login, editing.newPassword.toCharArray());
            }
            messages.info("staff.saved", editing.nameKanji);
            editing = null;
        } catch (BusinessException e) {
            messages.refused(e);
            PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public List<Position> getPositions() {
        return Arrays.asList(Position.values());
    }

    public List<Role> getGrantableRoles() {
        return new ArrayList<>(Role.GRANTABLE);
    }

    public List<UnitSummary> getUnits() {
        return units;
    }

    public LazyDataModel<StaffSummary> getStaff() {
        return staff;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? "" : search;
    }

    public Editing getEditing() {
        return editing;
    }
}
