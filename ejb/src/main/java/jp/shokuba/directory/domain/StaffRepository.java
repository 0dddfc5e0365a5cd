package jp.shokuba.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

public interface StaffRepository {

    Optional<Staff> byId(long id);

    Optional<Staff> byLogin(String login);

    Optional<Staff> byEmployeeNumber(String employeeNumber);

    /** The person linked to the identity provider's subject (see {@link Staff#linkSingleSignOn}). */
    Optional<Staff> bySingleSignOnSubject(String subject);

    /** Staff whose name, kana, login or employee number contains {@code text}, by employee number. */
    List<Staff> search(String text, int first, int max);

    long count(String text);

    /** Active staff whose unit is {@code unit} itself. */
    List<Staff> membersOf(OrganizationUnit unit);

    /** Active holders of a post anywhere in the city, by employee number. */
    List<Staff> withPosition(Position position);

    /**
     * The security version of a person who may sign in now (active; a demo account only in demo mode), read
     * straight from the database by login, without loading the person.
     */
    OptionalInt securityVersion(String login, boolean demoMode);

    Staff add(Staff staff);

    /** How many accounts the demo loader made (see {@link Staff#demo()}). */
    long countDemo();
}
