/*
 * Records pages (search, upload, intake queue, quarantine, a record's page) over the REST API with the
 * page's session and CSRF token. Intake progress is polled every second and a half: a file's state changes a
 * few times a minute, and polling needs no extra server resources as a push channel would.
 */
(function () {
    "use strict";
    var root = document.getElementById("records");
    if (!root) {
        return;
    }
    var api = root.dataset.api;
    var base = root.dataset.base;

    function call(method, path, body, headers) {
        var h = headers || {};
        h["Accept"] = "application/json";
        if (method !== "GET") {
            h["X-CSRF-Token"] = root.dataset.csrf;
        }
        return fetch(api + path, { method: method, headers: h, body: body, credentials: "same-origin" })
            .then(function (r) {
                if (r.status === 204) {
                    return null;
                }
                return r.json().then(function (j) {
                    if (!r.ok) {
                        throw new Error(j.detail || j.title || r.status);
                    }
                    return j;
                });
            });
    }

    function stateLabel(state) {
        var el = document.querySelector('#records-states [data-state="' + state + '"]');
        return el ? el.textContent : state;
    }

    function cell(tr, text, cls) {
        var td = document.createElement("td");
        td.textContent = text == null ? "" : text;
        if (cls) {
            td.className = cls;
        }
        tr.appendChild(td);
        return td;
    }

    function stepText(s) {
        if (s.pagesTotal && (s.state === "OCR" || s.state === "EXTRACTING")) {
            return (s.step || "") + " " + s.pagesDone + "/" + s.pagesTotal;
        }
        return s.step || "";
    }

    var pages = {
        search: function () {
            var form = document.getElementById("r-search-form");
            var params = new URLSearchParams(location.search);
            params.forEach(function (v, k) {
                var input = document.getElementById("r-" + k);
                if (input) {
                    input.value = v;
                }
            });
            form.addEventListener("submit", function (e) {
                e.preventDefault();
                var p = new URLSearchParams();
                Array.prototype.forEach.call(form.elements, function (el) {
                    if (el.name && el.value) {
                        p.set(el.name, el.value);
                    }
                });
                history.replaceState(null, "", "?" + p.toString());
                run(p);
            });
            if (params.get("q")) {
                run(params);
            }

            function run(p) {
                p.set("size", "50");
                var list = document.getElementById("r-hits");
                call("GET", "/records/search?" + p.toString()).then(function (result) {
                    document.getElementById("r-total").textContent =
                        document.getElementById("r-total-text").innerHTML.replace("{0}", result.total);
                    list.innerHTML = "";
                    result.hits.forEach(function (h) {
                        var li = document.createElement("li");
                        li.className = "hit";
                        var a = document.createElement("a");
                        a.href = base + "record.xhtml?id=" + h.recordId + "&page=" + h.page + "&q=" + encodeURIComponent(p.get("q") || "");
                        a.textContent = (h.title || h.fileName) + " — " + h.fileName + " p." + h.page;
                        a.className = "hit-link";
                        var snip = document.createElement("p");
                        snip.className = "snippet";
                        snip.innerHTML = h.snippet; // escaped by the server, only <mark> added
                        li.appendChild(a);
                        li.appendChild(snip);
                        list.appendChild(li);
                    });
                }).catch(function (err) {
                    document.getElementById("r-total").textContent = err.message;
                });
            }
        },

        upload: function () {
            var input = document.getElementById("r-files");
            var drop = document.getElementById("r-drop");
            var body = document.querySelector("#r-uploads tbody");
            input.addEventListener("change", function () {
                send(input.files);
                input.value = "";
            });
            drop.addEventListener("dragover", function (e) {
                e.preventDefault();
                drop.classList.add("over");
            });
            drop.addEventListener("dragleave", function () {
                drop.classList.remove("over");
            });
            drop.addEventListener("drop", function (e) {
                e.preventDefault();
                drop.classList.remove("over");
                send(e.dataTransfer.files);
            });

            function send(files) {
                Array.prototype.forEach.call(files, function (file) {
                    var tr = document.createElement("tr");
                    tr.className = "upload";
                    cell(tr, file.name, "name");
                    var progress = document.createElement("progress");
                    progress.max = 100;
                    progress.value = 0;
                    cell(tr, "").appendChild(progress);
                    var state = cell(tr, "", "state");
                    var reason = cell(tr, "", "reason");
                    body.appendChild(tr);
                    var xhr = new XMLHttpRequest();
                    xhr.open("POST", api + "/records");
                    xhr.setRequestHeader("X-CSRF-Token", root.dataset.csrf);
                    xhr.setRequestHeader("Accept", "application/json");
                    xhr.upload.onprogress = function (e) {
                        if (e.lengthComputable) {
                            progress.value = Math.round(e.loaded * 100 / e.total);
                        }
                    };
                    xhr.onload = function () {
                        var j = {};
                        try {
                            j = JSON.parse(xhr.responseText);
                        } catch (ignored) {
                            j = {};
                        }
                        if (xhr.status !== 202) {
                            state.textContent = xhr.status;
                            reason.textContent = j.detail || "";
                            return;
                        }
                        progress.value = 100;
                        tr.dataset.intake = j.intakeId;
                        follow(j.intakeId, tr, state, reason);
                    };
                    var data = new FormData();
                    data.append("file", file, file.name);
                    xhr.send(data);
                });
            }

            function follow(id, tr, state, reason) {
                call("GET", "/intake/" + id).then(function (s) {
                    tr.dataset.state = s.state;
                    state.textContent = stateLabel(s.state) + (stepText(s) ? " (" + stepText(s) + ")" : "");
                    reason.textContent = s.reason || "";
                    if (s.state === "INDEXED" && s.recordId) {
                        reason.innerHTML = "";
                        var a = document.createElement("a");
                        a.href = base + "record.xhtml?id=" + s.recordId + "&page=1";
                        a.textContent = "#" + s.recordId;
                        reason.appendChild(a);
                    }
                    if (["INDEXED", "DUPLICATE", "QUARANTINED"].indexOf(s.state) < 0) {
                        setTimeout(function () { follow(id, tr, state, reason); }, 1500);
                    }
                });
            }
        },

        queue: function () {
            var body = document.querySelector("#r-queue tbody");
            function refresh() {
                call("GET", "/intake").then(function (list) {
                    body.innerHTML = "";
                    list.forEach(function (s) {
                        var tr = document.createElement("tr");
                        tr.dataset.state = s.state;
                        tr.dataset.intake = s.intakeId;
                        cell(tr, s.fileName);
                        cell(tr, s.source);
                        cell(tr, stateLabel(s.state), "state");
                        cell(tr, stepText(s));
                        cell(tr, s.reason);
                        body.appendChild(tr);
                    });
                }).finally(function () {
                    setTimeout(refresh, 1500);
                });
            }
            refresh();
        },

        quarantine: function () {
            var body = document.querySelector("#r-quarantine tbody");
            var template = document.getElementById("r-actions");
            function refresh() {
                call("GET", "/intake?state=QUARANTINED").then(function (list) {
                    body.innerHTML = "";
                    list.forEach(function (s) {
                        var tr = document.createElement("tr");
                        tr.dataset.intake = s.intakeId;
                        cell(tr, s.fileName);
                        cell(tr, s.reason);
                        var actions = cell(tr, "");
                        actions.appendChild(template.content.cloneNode(true));
                        actions.querySelector(".download").href = api + "/records/" + s.recordId + "/original";
                        actions.querySelector(".retry").onclick = function () {
                            call("POST", "/intake/" + s.intakeId + "/retry").then(refresh);
                        };
                        actions.querySelector(".discard").onclick = function () {
                            if (confirm(root.dataset.confirm)) {
                                call("DELETE", "/intake/" + s.intakeId).then(refresh);
                            }
                        };
                        body.appendChild(tr);
                    });
                });
            }
            refresh();
        },

        record: function () {
            var id = root.dataset.id;
            var page = parseInt(root.dataset.p || "1", 10) || 1;
            var q = root.dataset.q || "";
            document.getElementById("r-pdf").href = api + "/records/" + id + "/pdf";
            document.getElementById("r-original").href = api + "/records/" + id + "/original";
            var form = document.getElementById("r-classify");
            call("GET", "/records/" + id).then(function (r) {
                document.getElementById("r-title").textContent = (r.title || "") + " — " + r.fileName;
                ["title", "documentType", "department", "counterparty", "amount", "documentDate", "retentionYears"].forEach(function (k) {
                    var el = document.getElementById("c-" + k);
                    if (r[k] != null) {
                        el.value = r[k];
                    }
                });
                document.getElementById("c-personal").textContent = (r.personalData || []).join(", ");
                var pager = document.getElementById("r-pager");
                for (var i = 1; i <= (r.pageCount || 1); i++) {
                    var a = document.createElement("a");
                    a.textContent = i;
                    a.href = base + "record.xhtml?id=" + id + "&page=" + i + "&q=" + encodeURIComponent(q);
                    if (i === page) {
                        a.className = "current";
                    }
                    pager.appendChild(a);
                    pager.appendChild(document.createTextNode(" "));
                }
            });
            var holder = document.getElementById("r-page");
            var img = document.getElementById("r-image");
            img.src = api + "/records/" + id + "/pages/" + page + "/image";
            call("GET", "/records/" + id + "/pages/" + page + (q ? "?q=" + encodeURIComponent(q) : "")).then(function (p) {
                document.getElementById("r-text").textContent = p.text;
                p.marked.forEach(function (l) {
                    var m = document.createElement("div");
                    m.className = "hit-mark";
                    m.title = l.text;
                    m.style.cssText = "position:absolute;background:rgba(255,220,0,.45);outline:2px solid #e0a800;"
                        + "left:" + (l.x * 100) + "%;top:" + (l.y * 100) + "%;width:" + (l.w * 100) + "%;height:" + (l.h * 100) + "%";
                    holder.appendChild(m);
                });
                holder.dataset.marks = p.marked.length;
            });
            form.addEventListener("submit", function (e) {
                e.preventDefault();
                var body = {};
                ["title", "documentType", "department", "counterparty", "documentDate"].forEach(function (k) {
                    var v = document.getElementById("c-" + k).value;
                    body[k] = v === "" ? null : v;
                });
                var amount = document.getElementById("c-amount").value;
                body.amount = amount === "" ? null : parseInt(amount, 10);
                body.retentionYears = parseInt(document.getElementById("c-retentionYears").value, 10);
                call("PUT", "/records/" + id + "/classification", JSON.stringify(body), { "Content-Type": "application/json" })
                    .then(function () { document.getElementById("c-saved").textContent = "✓"; })
                    .catch(function (err) { document.getElementById("c-saved").textContent = err.message; });
            });
        }
    };

    var init = pages[root.dataset.page];
    if (init) {
        init();
    }
}());
