// The list of my meetings: read from the REST API with the page's session, dates in the city's time.
// A classic script (the page template moves scripts), so PDF.js comes in through a dynamic import.
function confidentialMark(labels) {
    const mark = document.createElement("span");
    mark.className = "confidential";
    mark.textContent = labels.confidential;
    mark.title = labels.confidentialHint;
    return mark;
}

(async function () {
    "use strict";
    const root = document.getElementById("meetings");
    const list = document.getElementById("meeting-list");
    const format = new Intl.DateTimeFormat(root.dataset.lang === "en" ? "en-GB" : "ja-JP-u-ca-japanese",
        {era: root.dataset.lang === "en" ? undefined : "long", year: "numeric", month: "long", day: "numeric",
         hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo"});
    const response = await fetch(root.dataset.api + "/meetings", {headers: {Accept: "application/json"}});
    const meetings = response.ok ? await response.json() : [];
    document.getElementById("meeting-none").hidden = meetings.length > 0;
    for (const m of meetings) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = root.dataset.view + m.id;
        a.textContent = m.title;
        a.dataset.meeting = m.id;
        const when = document.createElement("span");
        when.className = "when";
        when.textContent = " " + format.format(new Date(m.start)) + " (" + m.materials.length + ")";
        li.append(a, when);
        if (m.confidential) {
            li.prepend(confidentialMark(root.dataset));
        }
        list.append(li);
    }
})().catch(error => {
    const box = document.getElementById("mv-message") || document.getElementById("meeting-none");
    if (box) {
        box.hidden = false;
        box.textContent = "読み込めませんでした: " + error.message;
    }
    throw error;
});
