/*
 * The floor plan page: draws the floor's desks as an SVG over the uploaded plan, books a desk on click (or Enter),
 * names the desks to take instead when one is refused, and stays live through the floor's WebSocket: after each
 * change on the floor the server says so, and the page fetches the floor's availability again.
 */
(function () {
    "use strict";
    var root = document.getElementById("seating");
    if (!root) {
        return;
    }
    var api = root.dataset.api;
    var text = JSON.parse(root.dataset.text || "{}");
    var state = { floor: null, date: null, slot: "DAY", availability: null, socket: null, highlight: {} };
    var el = function (id) { return document.getElementById(id); };
    var SVG = "http://www.w3.org/2000/svg";

    function t(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return (text[key] || key).replace(/\{(\d)\}/g, function (m, i) { return args[i] === undefined ? "" : args[i]; });
    }

    function call(method, path, body) {
        var headers = { "Accept": "application/json", "Accept-Language": root.dataset.lang };
        if (method !== "GET") {
            headers["X-CSRF-Token"] = root.dataset.csrf;
        }
        if (body !== undefined) {
            headers["Content-Type"] = "application/json";
        }
        return fetch(api + path, { method: method, headers: headers, credentials: "same-origin",
            body: body === undefined ? undefined : JSON.stringify(body) }).then(function (r) {
            if (r.status === 204) {
                return { status: 204, json: {} };
            }
            return r.json().then(function (json) { return { status: r.status, json: json }; },
                function () { return { status: r.status, json: {} }; });
        });
    }

    function say(message, kind, actions) {
        var box = el("seat-message");
        box.textContent = "";
        box.className = "seat-message " + (kind || "info");
        var p = document.createElement("p");
        p.textContent = message;
        box.appendChild(p);
        (actions || []).forEach(function (a) {
            var b = document.createElement("button");
            b.type = "button";
            b.className = "seat-button";
            b.textContent = a.label;
            if (a.id) {
                b.id = a.id;
            }
            b.addEventListener("click", a.run);
            box.appendChild(b);
        });
    }

    /* A desk with its floor, the floor named once: "第一本庁舎 2F-004", not "第一本庁舎 2F 2F-004". */
    function place(floor, label) {
        var words = (floor || "").split(" ").filter(function (w) { return w; });
        if (label && words.length && label.indexOf(words[words.length - 1]) === 0) {
            words.pop();
        }
        return words.concat(label ? [label] : []).join(" ");
    }

    function slotState(desk) {
        if (state.slot === "AM") {
            return desk.am;
        }
        if (state.slot === "PM") {
            return desk.pm;
        }
        var order = ["BLOCKED", "OCCUPIED", "BOOKED", "FREE"];
        return order[Math.min(order.indexOf(desk.am), order.indexOf(desk.pm))];
    }

    function myBooking(desk) {
        if (state.slot === "AM") {
            return desk.myAm;
        }
        if (state.slot === "PM") {
            return desk.myPm;
        }
        return desk.myAm || desk.myPm;
    }

    function render() {
        var a = state.availability;
        var plan = el("seat-plan");
        plan.textContent = "";
        var svg = document.createElementNS(SVG, "svg");
        svg.setAttribute("viewBox", "0 0 " + a.floor.width + " " + a.floor.height);
        svg.setAttribute("role", "group");
        svg.setAttribute("aria-label", a.floor.building + " " + a.floor.name);
        if (a.floor.hasPlan) {
            var image = document.createElementNS(SVG, "image");
            image.setAttribute("href", api + "/floors/" + a.floor.id + "/plan");
            image.setAttribute("width", a.floor.width);
            image.setAttribute("height", a.floor.height);
            svg.appendChild(image);
        }
        a.desks.forEach(function (d) {
            var s = slotState(d);
            var mine = myBooking(d);
            var g = document.createElementNS(SVG, "g");
            var classes = ["desk", s.toLowerCase()];
            if (mine) {
                classes.push("mine");
            }
            if (d.neighbourhood || d.accessibleReserved) {
                classes.push("restricted");
            }
            if (state.highlight[d.deskId]) {
                classes.push(state.highlight[d.deskId]);
            }
            g.setAttribute("class", classes.join(" "));
            g.setAttribute("id", "desk-" + d.label);
            g.setAttribute("data-desk", d.deskId);
            g.setAttribute("data-state", s);
            g.setAttribute("tabindex", "0");
            g.setAttribute("role", "button");
            g.setAttribute("aria-label", t("deskLabel", d.label, mine ? t("mine") : t(s))
                + (d.zone ? " " + d.zone : "") + (d.features.length ? " " + d.features.map(function (f) { return t("feature." + f); }).join(" ") : ""));
            var rect = document.createElementNS(SVG, "rect");
            rect.setAttribute("x", d.x - 42);
            rect.setAttribute("y", d.y - 30);
            rect.setAttribute("width", 84);
            rect.setAttribute("height", 60);
            rect.setAttribute("rx", 10);
            g.appendChild(rect);
            var label = document.createElementNS(SVG, "text");
            label.setAttribute("x", d.x);
            label.setAttribute("y", d.y + 8);
            label.setAttribute("text-anchor", "middle");
            label.textContent = d.label.replace(/^.*-/, "");
            g.appendChild(label);
            var title = document.createElementNS(SVG, "title");
            title.textContent = g.getAttribute("aria-label");
            g.appendChild(title);
            g.addEventListener("click", function () { choose(d); });
            g.addEventListener("keydown", function (e) {
                if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    choose(d);
                }
            });
            svg.appendChild(g);
        });
        plan.appendChild(svg);
        el("seat-occupancy").textContent = a.blockedReason ? t("blocked", a.blockedReason)
            : a.closed ? t("closed." + a.closed, a.date) : t("occupancy", a.occupancyPercent, a.occupiedNow);
    }

    /* Why nothing can be booked on the day shown (past, or the city hall closed and the floor not opened); null if bookable. */
    function closedText() {
        var a = state.availability;
        return a && a.closed ? t("closed." + a.closed, a.date) : null;
    }

    function load() {
        return call("GET", "/floors/" + state.floor + "/availability?date=" + state.date).then(function (r) {
            if (r.status === 200) {
                state.availability = r.json;
                render();
                if (closedText()) {
                    say(closedText(), "info");
                }
            } else {
                say(r.json.detail || t("error"), "error");
            }
        }).then(loadMine).then(loadTeam);
    }

    function choose(desk) {
        var mine = myBooking(desk);
        if (mine) {
            var actions = [{ label: t("cancel"), id: "seat-cancel", run: function () { cancel(mine); } }];
            if (state.date === root.dataset.today && slotState(desk) === "BOOKED") {
                actions.unshift({ label: t("checkIn"), id: "seat-checkin", run: function () { act(mine, "check-in", "checkedIn"); } });
            }
            say(t("yours", desk.label), "info", actions);
            return;
        }
        if (closedText()) {
            say(closedText(), "error");
            return;
        }
        book(desk.deskId, slotState(desk) === "FREE");
    }

    /*
     * Books the desk clicked. A desk shown free goes as a preference ("that desk, or the nearest free one"): if
     * someone took it a moment ago the server books the best free desk nearby at once and says why. A desk shown
     * taken is asked for as such, and the answer names the free desks nearby to choose from.
     */
    function book(deskId, orNearest) {
        send(orNearest ? { prefer: { deskId: deskId } } : { deskId: deskId });
    }

    /* Book me a desk (おまかせ予約): the server picks the best desk the rules allow, near the team. */
    function bookForMe() {
        send({ prefer: { nearTeam: true } });
    }

    function send(body) {
        body.date = state.date;
        body.slot = state.slot;
        call("POST", "/bookings", body).then(function (r) {
            state.highlight = {};
            if (r.status === 201) {
                say(t("booked", r.json.deskLabel, t("slot." + r.json.slot))
                    + (r.json.reason ? t("why", r.json.reason) : "")
                    + (r.json.locker ? " " + t("locker", r.json.locker) : ""), "ok");
                if (String(r.json.floorId) !== String(state.floor)) {
                    show(r.json.floorId, r.json.deskId);
                    return null;
                }
                state.highlight[r.json.deskId] = "found";
                if (el("seat-suggestions").children.length) {
                    nearTeam(true);
                }
            } else {
                var instead = r.json.nearestFreeDesks || [];
                instead.forEach(function (d) { state.highlight[d.deskId] = "suggested"; });
                say(r.json.detail || t("error"), "error", instead.map(function (d) {
                    return { label: t("bookThis", d.label), id: "seat-instead-" + d.label,
                        run: function () { send({ deskId: d.deskId }); } };
                }));
            }
            return load();
        });
    }

    function cancel(id) {
        call("DELETE", "/bookings/" + id).then(function (r) {
            say(r.status === 204 ? t("cancelled") : (r.json.detail || t("error")), r.status === 204 ? "ok" : "error");
            return load();
        });
    }

    function act(id, action, done) {
        call("POST", "/bookings/" + id + "/" + action).then(function (r) {
            say(r.status === 200 ? t(done) : (r.json.detail || t("error")), r.status === 200 ? "ok" : "error");
            return load();
        });
    }

    function item(list, textContent, buttons) {
        var li = document.createElement("li");
        var span = document.createElement("span");
        span.textContent = textContent;
        li.appendChild(span);
        (buttons || []).forEach(function (b) {
            var button = document.createElement("button");
            button.type = "button";
            button.className = "seat-button small";
            button.textContent = b.label;
            button.addEventListener("click", b.run);
            li.appendChild(button);
        });
        list.appendChild(li);
    }

    function loadMine() {
        return call("GET", "/me/bookings?days=14").then(function (r) {
            var list = el("seat-mine");
            list.textContent = "";
            (r.json || []).filter(function (b) { return b.status === "BOOKED" || b.status === "CHECKED_IN"; }).forEach(function (b) {
                var buttons = [];
                if (b.date === root.dataset.today && b.status === "BOOKED") {
                    buttons.push({ label: t("checkIn"), run: function () { act(b.id, "check-in", "checkedIn"); } });
                }
                if (b.status === "CHECKED_IN") {
                    buttons.push({ label: t("checkOut"), run: function () { act(b.id, "check-out", "checkedOut"); } });
                }
                buttons.push({ label: t("cancel"), run: function () { cancel(b.id); } });
                item(list, b.date + " " + t("slot." + b.slot) + " " + place(b.floor, b.deskLabel)
                    + (b.status === "CHECKED_IN" ? " (" + t("OCCUPIED") + ")" : ""), buttons);
            });
            if (!list.children.length) {
                item(list, t("none"));
            }
        });
    }

    function loadTeam() {
        return call("GET", "/seating/my-team?date=" + state.date).then(function (r) {
            var list = el("seat-team");
            list.textContent = "";
            (Array.isArray(r.json) ? r.json : []).forEach(function (m) {
                item(list, m.name + ": " + t("team." + m.state) + (m.desk ? " " + place(m.floor, m.desk) : ""),
                    m.deskId ? [{ label: t("show"), run: function () { show(m.floorId, m.deskId); } }] : []);
            });
        });
    }

    function show(floorId, deskId) {
        state.highlight = {};
        state.highlight[deskId] = "found";
        if (String(floorId) !== String(state.floor)) {
            el("seat-floor").value = floorId;
            switchFloor();
        } else {
            render();
        }
        var g = document.querySelector("[data-desk='" + deskId + "']");
        if (g) {
            g.focus();
        }
    }

    /* The free desks nearest my team; after a booking (keepHighlight) the list is asked again, as it changed. */
    function nearTeam(keepHighlight) {
        call("GET", "/seating/near-my-team?max=5&date=" + state.date + "&slot=" + state.slot).then(function (r) {
            var list = el("seat-suggestions");
            list.textContent = "";
            if (keepHighlight !== true) {
                state.highlight = {};
            }
            (Array.isArray(r.json) ? r.json : []).forEach(function (s) {
                state.highlight[s.deskId] = "suggested";
                item(list, place(s.floor, s.label) + (s.nearestTeammate ? " " + t("distanceSeats", s.nearestTeammate, s.seats) : ""),
                    [{ label: t("bookThis", s.label), run: function () {
                        if (String(s.floorId) !== String(state.floor)) {
                            el("seat-floor").value = s.floorId;
                            switchFloor();
                        }
                        book(s.deskId, s.label);
                    } }]);
            });
            if (!list.children.length) {
                item(list, t("noSuggestions"));
            }
            render();
        });
    }

    function findColleague(e) {
        e.preventDefault();
        var q = el("seat-colleague").value.trim();
        call("GET", "/seating/people?q=" + encodeURIComponent(q)).then(function (r) {
            var list = el("seat-people");
            list.textContent = "";
            (Array.isArray(r.json) ? r.json : []).forEach(function (p) {
                item(list, p.name + " (" + p.department + " " + p.team + ")", [{ label: t("whereIs"), run: function () { where(p); } }]);
            });
            if (!list.children.length) {
                item(list, t("nobody"));
            }
        });
    }

    function where(person) {
        call("GET", "/seating/where/" + encodeURIComponent(person.login) + "?date=" + state.date).then(function (r) {
            if (r.json.hidden) {
                say(t("hidden", person.name), "info");
            } else if (!r.json.bookings || !r.json.bookings.length) {
                say(t("notBooked", person.name), "info");
            } else {
                var b = r.json.bookings[0];
                say(t("sitsAt", person.name, b.building + " " + b.floor, b.deskLabel, t("slot." + b.slot)), "ok");
                show(b.floorId, b.deskId);
            }
        });
    }

    function connect() {
        if (state.socket) {
            state.socket.onclose = null;
            state.socket.close();
        }
        var live = el("seat-live");
        var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + root.dataset.ws + state.floor;
        var socket = new WebSocket(url);
        state.socket = socket;
        socket.onopen = function () {
            live.dataset.state = "live";
            live.textContent = t("live");
        };
        socket.onmessage = function (m) {
            var change = JSON.parse(m.data);
            if (String(change.floorId) === String(state.floor) && change.date === state.date) {
                load();
            }
        };
        socket.onclose = function () {
            live.dataset.state = "offline";
            live.textContent = t("offline");
            setTimeout(function () {
                if (state.socket === socket) {
                    connect();
                    load();
                }
            }, 3000);
        };
    }

    function switchFloor() {
        state.floor = el("seat-floor").value;
        state.highlight = state.highlight || {};
        connect();
        return load();
    }

    el("seat-floor").addEventListener("change", function () { state.highlight = {}; switchFloor(); });
    el("seat-date").addEventListener("change", function () {
        state.date = el("seat-date").value;
        state.highlight = {};
        el("seat-message").textContent = "";
        el("seat-message").className = "seat-message";
        el("seat-suggestions").textContent = "";
        load();
    });
    Array.prototype.forEach.call(document.querySelectorAll("input[name='seat-slot']"), function (radio) {
        radio.addEventListener("change", function () {
            state.slot = radio.value;
            render();
        });
    });
    el("seat-near").addEventListener("click", function () { nearTeam(false); });
    el("seat-auto").addEventListener("click", bookForMe);
    el("seat-find-form").addEventListener("submit", findColleague);
    state.date = el("seat-date").value;
    if (root.dataset.floor && root.dataset.floor !== "0") {
        el("seat-floor").value = root.dataset.floor;
    }
    switchFloor();
}());
