package jp.shokuba.paper.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Surveys, their rounds and the departments' answers. */
public interface Surveys {

    record Round(long id, long surveyId, String name, LocalDate sentOn, List<String> departments) {
    }

    record Answer(String departmentCode, long questionId, List<String> choices, String text, String reason) {
    }

    long add(Survey survey);

    Optional<Survey> byId(long id);

    List<Survey> all();

    long addRound(long surveyId, String name, LocalDate sentOn, List<String> departments);

    Optional<Round> round(long id);

    List<Round> rounds(long surveyId);

    /** Replaces the department's answers of the round. */
    void answer(long roundId, String departmentCode, List<Answer> answers, String login);

    List<Answer> answers(long roundId);
}
