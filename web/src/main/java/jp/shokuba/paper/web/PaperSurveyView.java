package jp.shokuba.paper.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import jp.shokuba.paper.application.PaperSurveys;
import jp.shokuba.paper.domain.Survey;
import jp.shokuba.platform.web.Messages;

/** The paperless survey's results: each round of a survey, each question charted with its reasons, rounds side by side. */
@Named
@ViewScoped
public class PaperSurveyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String[] COLOURS = {"#b0bec5", "#90caf9", "#1565c0", "#2e7d32", "#ef6c00"};

    @Inject
    transient PaperSurveys surveys;

    @Inject
    transient Messages messages;

    private Long surveyId;
    private transient List<PaperSurveys.RoundResult> rounds;

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
