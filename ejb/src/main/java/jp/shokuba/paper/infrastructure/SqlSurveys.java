package jp.shokuba.paper.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.shokuba.paper.domain.Survey;
import jp.shokuba.paper.domain.Surveys;

@ApplicationScoped
public class SqlSurveys implements Surveys {

    @PersistenceContext
    EntityManager em;

    @Override
    public long add(Survey s) {
        long id = ((Number) em.createNativeQuery("INSERT INTO paper.survey (title) VALUES (?) RETURNING id")
                .setParameter(1, s.title()).getSingleResult()).longValue();
        for (Survey.Question q : s.questions()) {
            em.createNativeQuery("INSERT INTO paper.survey_question (survey_id, position, kind, text, choices, why_not)"
                            + " VALUES (?, ?, ?, ?, ?, CAST(? AS varchar))")
                    .setParameter(1, id).setParameter(2, q.position()).setParameter(3, q.kind().name()).setParameter(4, q.text())
                    .setParameter(5, String.join("\n", q.choices())).setParameter(6, q.whyNot()).executeUpdate();
        }
        return id;
    }

    @Override
    public Optional<Survey> byId(long id) {
        List<?> rows = em.createNativeQuery("SELECT title FROM paper.survey WHERE id = ?").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Survey.Question> questions = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT id, position, kind, text, choices, why_not FROM paper.survey_question"
                + " WHERE survey_id = ? ORDER BY position").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) o;
            questions.add(new Survey.Question(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                    Survey.Kind.valueOf((String) r[2]), (String) r[3], lines((String) r[4]), (String) r[5]));
        }
        return Optional.of(new Survey(id, (String) rows.get(0), questions));
    }

    @Override
    public List<Survey> all() {
        List<Survey> all = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM paper.survey ORDER BY id").getResultList()) {
            byId(((Number) id).longValue()).ifPresent(all::add);
        }
        return all;
    }

    @Override
    public long addRound(long surveyId, String name, LocalDate sentOn, List<String> departments) {
        long id = ((Number) em.createNativeQuery("INSERT INTO paper.survey_round (survey_id, name, sent_on) VALUES (?, ?, ?) RETURNING id")
                .setParameter(1, surveyId).setParameter(2, name).setParameter(3, Date.valueOf(sentOn)).getSingleResult()).longValue();
        for (String d : departments) {
            em.createNativeQuery("INSERT INTO paper.survey_recipient (round_id, department_code) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, d).executeUpdate();
        }
        return id;
    }

    @Override
    public Optional<Round> round(long id) {
        return rounds("r.id = ?", id).stream().findFirst();
    }

    @Override
    public List<Round> rounds(long surveyId) {
        return rounds("r.survey_id = ?", surveyId);
    }

    private List<Round> rounds(String where, long key) {
        List<Round> rounds = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT r.id, r.survey_id, r.name, r.sent_on,"
                + " (SELECT string_agg(department_code, ',' ORDER BY department_code) FROM paper.survey_recipient t WHERE t.round_id = r.id)"
                + " FROM paper.survey_round r WHERE " + where + " ORDER BY r.sent_on, r.id").setParameter(1, key).getResultList()) {
            Object[] r = (Object[]) o;
            LocalDate sent = r[3] instanceof LocalDate d ? d : ((java.sql.Date) r[3]).toLocalDate();
            rounds.add(new Round(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], sent,
                    r[4] == null ? List.of() : Arrays.asList(((String) r[4]).split(","))));
        }
        return rounds;
    }

    @Override
    public void answer(long roundId, String departmentCode, List<Answer> answers, String login) {
        em.createNativeQuery("DELETE FROM paper.survey_answer WHERE round_id = ? AND department_code = ?")
                .setParameter(1, roundId).setParameter(2, departmentCode).executeUpdate();
        for (Answer a : answers) {
            em.createNativeQuery("INSERT INTO paper.survey_answer (round_id, department_code, question_id, choices, text, reason, answered_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, roundId).setParameter(2, departmentCode).setParameter(3, a.questionId())
                    .setParameter(4, String.join("\n", a.choices())).setParameter(5, a.text() == null ? "" : a.text())
                    .setParameter(6, a.reason() == null ? "" : a.reason()).setParameter(7, login).executeUpdate();
        }
    }

    @Override
    public List<Answer> answers(long roundId) {
        List<Answer> answers = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT department_code, question_id, choices, text, reason FROM paper.survey_answer"
                + " WHERE round_id = ? ORDER BY department_code, question_id").setParameter(1, roundId).getResultList()) {
            Object[] r = (Object[]) o;
            answers.add(new Answer((String) r[0], ((Number) r[1]).longValue(), lines((String) r[2]), (String) r[3], (String) r[4]));
        }
        return answers;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
