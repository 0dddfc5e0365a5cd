package jp.shokuba.paper.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shokuba.directory.application.StaffSummary;
import jp.shokuba.paper.application.PaperSurveys;
import jp.shokuba.paper.domain.Survey;
import jp.shokuba.paper.domain.Surveys;
import jp.shokuba.platform.BusinessException;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/**
 * The paperless survey: the reader answers the latest round for their own 課 when it was sent to it; the results of each
 * question are charted round by round with the reasons given.
 */
@Named
@ViewScoped
public class PaperSurveyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] COLOURS = {"#b0bec5", "#90caf9", "#1565c0", "#2e7d32", "#ef6c00"};

    @Inject
    transient PaperSurveys surveys;

    @Inject
    transient Messages messages;

    @Inject
    transient CurrentUser user;

    private Long surveyId;
    private transient List<PaperSurveys.RoundResult> rounds;
    private final Map<Long, String> single = new HashMap<>();
    private final Map<Long, String[]> multiple = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        List<Survey> all = surveys.surveys();
        if (!all.isEmpty()) {
            surveyId = all.get(all.size() - 1).id();
        }
        load();
    }

    public void load() {
        rounds = List.of();
        if (surveyId != null) {
            messages.attempt(() -> rounds = surveys.comparison(surveyId));
        }
    }

    /** The survey's latest round, when it was sent to the reader's own 課: they may answer it for the 課. */
    public Surveys.Round getAnswerable() {
        if (surveyId == null) {
            return null;
        }
        String department = user.summary().map(StaffSummary::departmentCode).orElse("");
        try {
            List<Surveys.Round> all = surveys.rounds(surveyId);
            Surveys.Round latest = all.isEmpty() ? null : all.get(all.size() - 1);
            return latest != null && latest.departments().contains(department) ? latest : null;
        } catch (BusinessException gone) {
            return null;
        }
    }

    public Survey getSurvey() {
        try {
            return surveyId == null ? null : surveys.survey(surveyId);
        } catch (BusinessException gone) {
            return null;
        }
    }

    public void answer() {
        Surveys.Round round = getAnswerable();
        Survey survey = getSurvey();
        if (round == null || survey == null) {
            return;
        }
        List<PaperSurveys.AnswerInput> answers = new ArrayList<>();
        for (Survey.Question q : survey.questions()) {
            List<String> chosen = switch (q.kind()) {
                case SINGLE -> single.get(q.id()) == null ? List.of() : List.of(single.get(q.id()));
                case MULTIPLE -> multiple.get(q.id()) == null ? List.of() : Arrays.asList(multiple.get(q.id()));
                case TEXT -> List.of();
            };
            answers.add(new PaperSurveys.AnswerInput(q.id(), chosen, texts.getOrDefault(q.id(), ""), reasons.getOrDefault(q.id(), "")));
        }
        if (messages.attempt(() -> surveys.answer(user.login(), round.id(), answers))) {
            messages.info("paper.survey.thanks");
            load();
        }
    }

    public Map<Long, String> getSingle() {
        return single;
    }

    public Map<Long, String[]> getMultiple() {
        return multiple;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public List<Survey> getSurveys() {
        return surveys.surveys();
    }

    public List<PaperSurveys.RoundResult> getRounds() {
        if (rounds == null) {
            load();
        }
        return rounds;
    }

    /** The latest round, whose reasons and texts are listed. */
    public PaperSurveys.RoundResult getLatest() {
        return getRounds().isEmpty() ? null : getRounds().get(getRounds().size() - 1);
    }

    /** Chart.js configuration: the share of each choice of a question, one bar series per round. */
    public String chart(int position) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        PaperSurveys.QuestionResult first = getRounds().get(0).questions().get(position - 1);
        first.counts().forEach(c -> labels.add(c.choice()));
        for (int i = 0; i < getRounds().size(); i++) {
            PaperSurveys.RoundResult r = getRounds().get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            r.questions().get(position - 1).counts().forEach(c -> data.add(c.percent()));
            datasets.add(Json.createObjectBuilder().add("label", r.name()).add("data", data)
                    .add("backgroundColor", COLOURS[Math.max(0, COLOURS.length - getRounds().size() + i) % COLOURS.length]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
                .build().toString();
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(Long surveyId) {
        this.surveyId = surveyId;
    }
}
