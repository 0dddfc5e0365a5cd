package jp.shokuba.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.UnitSummary;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The organisation tree, 部 → 課/室 → 係, all expanded. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryService directory;

    private TreeNode<UnitSummary> root;

    @PostConstruct
    void init() {
        root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<UnitSummary>> byCode = new HashMap<>();
        List<UnitSummary> units = directory.organisation();
        for (UnitSummary unit : units) {
            TreeNode<UnitSummary> parent = unit.parentCode().isEmpty() ? root : byCode.get(unit.parentCode());
            TreeNode<UnitSummary> node = new DefaultTreeNode<>(unit, parent);
            node.setExpanded(true);
            byCode.put(unit.code(), node);
        }
    }

    public TreeNode<UnitSummary> getRoot() {
        return root;
    }
}
