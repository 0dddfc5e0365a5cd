package jp.shokuba.paper.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shokuba.audit.application.AuditTrail;
import jp.shokuba.audit.domain.AuditEvent;
import jp.shokuba.directory.application.DirectoryService;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.directory.application.UnitSummary;
import jp.shokuba.paper.domain.Survey;
import jp.shokuba.paper.domain.Surveys;
import jp.shokuba.platform.BusinessException;

/**
 * The paperless survey: ADMIN defines it and sends rounds to departments; a member of a department answers for it
 * (answering again replaces the answers); the results of a round count the choices with the reasons given, and the
 * rounds of a survey are compared choice by choice as a share of the departments that answered.
 */
@Stateless
public class PaperSurveys {

    @Inject
    Surveys surveys;

    @Inject
    DirectoryService directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record QuestionInput(String kind, String text, List<String> choices, String whyNot) {
    }

    public record AnswerInput(long questionId, List<String> choices, String text, String reason) {
    }

    public record ChoiceCount(String choice, int count, double percent) {
    }

    public record QuestionResult(long questionId, int position, String text, String kind, List<ChoiceCount> counts,
                                 List<String> texts, List<String> reasons) {
    }

    public record RoundResult(long roundId, String name, LocalDate sentOn, int recipients, int answered,
                              List<QuestionResult> questions) {
    }

    public long define(String title, List<QuestionInput> questions) throws BusinessException {
        List<Survey.Question> qs = new ArrayList<>();
        try {
            for (int i = 0; i < questions.size(); i++) {
                QuestionInput q = questions.get(i);
                Survey.Kind kind;
                try {
                    kind = Survey.Kind.valueOf(q.kind());
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException("設問 " + (i + 1) + ": 種類は SINGLE・MULTIPLE・TEXT のいずれかです");
                }
                qs.add(new Survey.Question(0, i + 1, kind, q.text(), q.choices() == null ? List.of() : q.choices(),
                        q.whyNot() == null || q.whyNot().isBlank() ? null : q.whyNot()));
            }
            Survey survey = new Survey(0, title, qs);
            if (surveys.all().stream().anyMatch(s -> s.title().equals(survey.title()))) {
                throw BusinessException.conflict("paper.surveyExists", title);
            }
            long id = surveys.add(survey);
            audit.record(AuditEvent.of("paper.survey-defined", "Survey", id).withDetail(title));
            return id;
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("input.invalid", e.getMessage());
        }
    }

    public Survey survey(long id) throws BusinessException {
        return surveys.byId(id).orElseThrow(() -> BusinessException.notFound("paper.surveyNotFound", id));
    }

    public List<Survey> surveys() {
        return surveys.all();
    }

    public List<Surveys.Round> rounds(long surveyId) throws BusinessException {
        survey(surveyId);
        return surveys.rounds(surveyId);
    }

    public long send(long surveyId, String name, List<String> departments) throws BusinessException {
        survey(surveyId);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw BusinessException.invalid("input.invalid", "回の名前は1〜100文字です");
        }
        if (departments == null || departments.isEmpty()) {
            throw BusinessException.invalid("input.invalid", "送付先の課がありません");
        }
        for (String code : departments) {
            UnitSummary unit = directory.unit(code);
            if (!unit.kind().equals("DEPARTMENT") && !unit.kind().equals("OFFICE")) {
                throw BusinessException.invalid("input.invalid", "送付先「" + unit.name() + "」は課・室ではありません");
            }
        }
        if (surveys.rounds(surveyId).stream().anyMatch(r -> r.name().equals(name))) {
            throw BusinessException.conflict("paper.roundExists", name);
        }
        long id = surveys.addRound(surveyId, name, LocalDate.now(clock), List.copyOf(new LinkedHashSet<>(departments)));
        audit.record(AuditEvent.of("paper.survey-sent", "SurveyRound", id).withDetail(name + " → " + departments));
        return id;
    }

    /** The caller answers for their own department, which must have been sent the round; all questions at once. */
    public void answer(String login, long roundId, List<AnswerInput> answers) throws BusinessException {
        Surveys.Round round = surveys.round(roundId).orElseThrow(() -> BusinessException.notFound("paper.roundNotFound", roundId));
        StaffSummary caller = directory.staff(login);
        if (!round.departments().contains(caller.departmentCode())) {
            throw BusinessException.forbidden("paper.notARecipient", caller.department());
        }
        Survey survey = survey(round.surveyId());
        Map<Long, AnswerInput> byQuestion = new LinkedHashMap<>();
        answers.forEach(a -> byQuestion.put(a.questionId(), a));
        List<String> problems = new ArrayList<>();
        List<Surveys.Answer> checked = new ArrayList<>();
        for (Survey.Question q : survey.questions()) {
            AnswerInput a = byQuestion.remove(q.id());
            if (a == null) {
                problems.add("設問 " + q.position() + " に回答がありません");
                continue;
            }
            List<String> chosen = a.choices() == null ? List.of() : a.choices();
            problems.addAll(q.problems(chosen, a.text(), a.reason()));
            checked.add(new Surveys.Answer(caller.departmentCode(), q.id(), chosen, a.text(), a.reason()));
        }
        if (!byQuestion.isEmpty()) {
            problems.add("この調査にない設問があります: " + byQuestion.keySet());
        }
        if (!problems.isEmpty()) {
            throw BusinessException.invalid("input.invalid", String.join("。", problems));
        }
        surveys.answer(roundId, caller.departmentCode(), checked, login);
        audit.record(AuditEvent.of("paper.survey-answered", "SurveyRound", roundId).withDetail(caller.department()));
    }

    public RoundResult results(long roundId) throws BusinessException {
        Surveys.Round round = surveys.round(roundId).orElseThrow(() -> BusinessException.notFound("paper.roundNotFound", roundId));
        Survey survey = survey(round.surveyId());
        List<Surveys.Answer> answers = surveys.answers(roundId);
        int answered = (int) answers.stream().map(Surveys.Answer::departmentCode).distinct().count();
        Map<String, String> names = new LinkedHashMap<>();
        directory.organisation().forEach(u -> names.put(u.code(), u.name()));
        List<QuestionResult> results = new ArrayList<>();
        for (Survey.Question q : survey.questions()) {
            List<Surveys.Answer> mine = answers.stream().filter(a -> a.questionId() == q.id()).toList();
            List<ChoiceCount> counts = new ArrayList<>();
            for (String c : q.choices()) {
                int n = (int) mine.stream().filter(a -> a.choices().contains(c)).count();
                counts.add(new ChoiceCount(c, n, answered == 0 ? 0 : Math.round(1000.0 * n / answered) / 10.0));
            }
            List<String> texts = mine.stream().filter(a -> !a.text().isBlank())
                    .map(a -> names.getOrDefault(a.departmentCode(), a.departmentCode()) + ": " + a.text()).toList();
            List<String> reasons = mine.stream().filter(a -> !a.reason().isBlank())
                    .map(a -> names.getOrDefault(a.departmentCode(), a.departmentCode()) + ": " + a.reason()).toList();
            results.add(new QuestionResult(q.id(), q.position(), q.text(), q.kind().name(), counts, texts, reasons));
        }
        return new RoundResult(round.id(), round.name(), round.sentOn(), round.departments().size(), answered, results);
    }

    /** Every round of the survey, oldest first, with its results: the comparison reads across them. */
    public List<RoundResult> comparison(long surveyId) throws BusinessException {
        List<RoundResult> all = new ArrayList<>();
        for (Surveys.Round r : rounds(surveyId)) {
            all.add(results(r.id()));
        }
        return all;
    }

    public Optional<Surveys.Round> latestRound() {
        return surveys.all().stream().flatMap(s -> surveys.rounds(s.id()).stream()).reduce((a, b) -> b);
    }
}
