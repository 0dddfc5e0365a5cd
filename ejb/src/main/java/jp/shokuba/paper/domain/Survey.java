package jp.shokuba.paper.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A survey (ペーパーレス取組状況調査) and its rules: a single-choice question takes one of its choices, a multiple-choice
 * question one or more, a text question some text; a choice marked "why not" (なぜできないか) requires a reason.
 */
public record Survey(long id, String title, List<Question> questions) {

    public enum Kind { SINGLE, MULTIPLE, TEXT }

    public record Question(long id, int position, Kind kind, String text, List<String> choices, String whyNot) {
        public Question {
            Objects.requireNonNull(kind);
            choices = List.copyOf(choices);
            if (text == null || text.isBlank() || text.length() > 500) {
                throw new IllegalArgumentException("設問 " + position + ": 設問文は1〜500文字です");
            }
            if (kind == Kind.TEXT && !choices.isEmpty()) {
                throw new IllegalArgumentException("設問 " + position + ": 記述式に選択肢は付けられません");
            }
            if (kind != Kind.TEXT && (choices.size() < 2 || new LinkedHashSet<>(choices).size() != choices.size()
                    || choices.stream().anyMatch(c -> c.isBlank() || c.length() > 200 || c.contains("\n")))) {
                throw new IllegalArgumentException("設問 " + position + ": 選択肢は重複のない2つ以上（各200文字まで）です");
            }
            if (whyNot != null && !choices.contains(whyNot)) {
                throw new IllegalArgumentException("設問 " + position + ": 理由を尋ねる選択肢「" + whyNot + "」が選択肢にありません");
            }
        }

        /** What is wrong with an answer to this question, or nothing. */
        public List<String> problems(List<String> chosen, String answerText, String reason) {
            List<String> problems = new ArrayList<>();
            List<String> picked = chosen == null ? List.of() : chosen;
            switch (kind) {
                case SINGLE -> {
                    if (picked.size() != 1) {
                        problems.add("設問 " + position + " は1つ選んでください");
                    }
                }
                case MULTIPLE -> {
                    if (picked.isEmpty() || new LinkedHashSet<>(picked).size() != picked.size()) {
                        problems.add("設問 " + position + " は1つ以上（重複なく）選んでください");
                    }
                }
                case TEXT -> {
                    if (answerText == null || answerText.isBlank() || answerText.length() > 2000) {
                        problems.add("設問 " + position + " は1〜2000文字で記入してください");
                    }
                }
            }
            picked.stream().filter(c -> !choices.contains(c)).findFirst()
                    .ifPresent(c -> problems.add("設問 " + position + " に選択肢「" + c + "」はありません"));
            if (whyNot != null && picked.contains(whyNot) && (reason == null || reason.isBlank())) {
                problems.add("設問 " + position + " で「" + whyNot + "」を選んだ理由を記入してください");
            }
            if (reason != null && reason.length() > 2000) {
                problems.add("設問 " + position + " の理由は2000文字までです");
            }
            return problems;
        }
    }

    public Survey {
        questions = List.copyOf(questions);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("調査名は1〜200文字です");
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("設問が1つもありません");
        }
    }
}
