// The paperless meeting viewer: PDF.js renders the pages; an own SVG overlay per page carries the notes, in PDF
// user-space coordinates of that page, so that the server can write them into the PDF as real annotations.
// A classic script (the page template moves scripts), so PDF.js comes in through a dynamic import.
(async function () {
    "use strict";
    const root = document.getElementById("viewer");
    const api = root.dataset.api;
    const meetingId = Number(root.dataset.meeting);
    const me = root.dataset.me;
    const pdfjs = await import(root.dataset.pdfjs + "pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = root.dataset.pdfjs + "pdf.worker.min.mjs";
    const SVG = "http://www.w3.org/2000/svg";
    const $ = id => document.getElementById(id);

    const state = {
        meeting: null, materialId: 0, version: 0, doc: null, zoom: 1, pages: [], notes: new Map(), lastSeq: 0,
        socket: null, presenter: "", following: true, locked: false, undo: [], redo: [], penSeen: false, currentPage: 1,
        live: new Map(), refs: new Map(), refCount: 0
    };

    function message(text) {
        $("mv-message").textContent = text || "";
    }

    async function json(path, options = {}) {
        const r = await fetch(api + path, {...options, headers: {Accept: "application/json", ...(options.headers || {})}});
        if (!r.ok) {
            const problem = await r.json().catch(() => ({}));
            throw new Error(problem.detail || r.status);
        }
        return r.json();
    }

    function tool() {
        return document.querySelector("input[name=mv-tool]:checked").value;
    }

    function layer() {
        return document.querySelector("input[name=mv-layer]:checked").value;
    }

    // ---- the material: pages, thumbnails, zoom, search ----

    async function loadMeeting() {
        state.meeting = await json("/meetings/" + meetingId);
        $("mv-title").textContent = state.meeting.title;
        $("mv-confidential").hidden = !state.meeting.confidential;
        const select = $("mv-material");
        select.replaceChildren();
        for (const m of state.meeting.materials) {
            select.append(new Option(m.title + " (v" + m.version + ")", m.id));
        }
        const wanted = Number(root.dataset.material) || state.materialId || (state.meeting.materials[0] || {}).id;
        if (wanted) {
            select.value = wanted;
            await openMaterial(Number(wanted));
        } else {
            message("資料はまだありません。");
        }
        $("mv-lock").hidden = state.meeting.organiser !== me;
    }

    async function openMaterial(id) {
        const material = state.meeting.materials.find(m => m.id === id);
        state.materialId = id;
        state.version = material.version;
        $("mv-export").href = api + "/meetings/" + meetingId + "/materials/" + id + "/export";
        state.doc = await pdfjs.getDocument({url: api + "/meetings/" + meetingId + "/materials/" + id + "/pdf",
            isEvalSupported: false, enableXfa: false}).promise;
        await render();
        const notes = await json("/meetings/" + meetingId + "/materials/" + id + "/annotations");
        state.notes.clear();
        notes.forEach(drawNote);
        const orphans = notes.filter(n => n.orphaned).length;
        message(orphans ? "差し替えで該当ページが見つからない書き込みが " + orphans + " 件あります。" : "");
    }

    async function render() {
        const pagesBox = $("mv-pages");
        const thumbs = $("mv-thumbs");
        pagesBox.replaceChildren();
        thumbs.replaceChildren();
        state.pages = [];
        $("mv-zoom").textContent = Math.round(state.zoom * 100) + "%";
        for (let n = 1; n <= state.doc.numPages; n++) {
            const page = await state.doc.getPage(n);
            const viewport = page.getViewport({scale: state.zoom * 1.3});
            const box = document.createElement("div");
            box.className = "mv-page";
            box.dataset.page = n;
            box.style.width = viewport.width + "px";
            box.style.height = viewport.height + "px";
            const canvas = document.createElement("canvas");
            canvas.width = viewport.width;
            canvas.height = viewport.height;
            const svg = document.createElementNS(SVG, "svg");
            svg.setAttribute("class", "mv-overlay");
            svg.setAttribute("width", viewport.width);
            svg.setAttribute("height", viewport.height);
            svg.dataset.page = n;
            box.append(canvas, svg);
            pagesBox.append(box);
            await page.render({canvasContext: canvas.getContext("2d"), viewport}).promise;
            const info = {n, page, viewport, box, svg};
            state.pages.push(info);
            attachPen(info);
            const thumbViewport = page.getViewport({scale: 0.18});
            const thumb = document.createElement("canvas");
            thumb.width = thumbViewport.width;
            thumb.height = thumbViewport.height;
            thumb.title = String(n);
            thumb.dataset.page = n;
            thumb.addEventListener("click", () => {
                stepAway();
                showPage(n);
            });
            thumbs.append(thumb);
            page.render({canvasContext: thumb.getContext("2d"), viewport: thumbViewport});
        }
        for (const note of state.notes.values()) {
            drawNote(note.data);
        }
        watchScroll();
    }

    function showPage(n) {
        const info = state.pages[n - 1];
        if (info) {
            info.box.scrollIntoView({block: "start"});
            setCurrent(n);
        }
    }

    function setCurrent(n) {
        if (state.currentPage === n) {
            return;
        }
        state.currentPage = n;
        $("mv-current-page").textContent = n;
        if (state.presenter === me) {
            send({t: "page", materialId: state.materialId, page: n});
        }
    }

    let observer;
    function watchScroll() {
        if (observer) {
            observer.disconnect();
        }
        observer = new IntersectionObserver(entries => {
            const visible = entries.filter(e => e.isIntersecting && e.intersectionRatio >= 0.5);
            if (visible.length) {
                setCurrent(Number(visible[0].target.dataset.page));
            }
        }, {threshold: [0.5]});
        state.pages.forEach(p => observer.observe(p.box));
    }

    async function search(text) {
        if (!text) {
            $("mv-search-result").textContent = "";
            document.querySelectorAll(".mv-thumbs canvas.found").forEach(c => c.classList.remove("found"));
            return;
        }
        const needle = text.replace(/\s+/g, "");
        const found = [];
        for (const info of state.pages) {
            const content = await info.page.getTextContent();
            const pageText = content.items.map(i => i.str).join("").replace(/\s+/g, "");
            if (pageText.includes(needle)) {
                found.push(info.n);
            }
        }
        document.querySelectorAll(".mv-thumbs canvas").forEach(c =>
            c.classList.toggle("found", found.includes(Number(c.dataset.page))));
        $("mv-search-result").textContent = found.length ? found.length + " ページ (" + found.join(", ") + ")" : "0 件";
        if (found.length) {
            stepAway();
            showPage(found[0]);
        }
    }

    // ---- drawing notes ----

    function toScreen(info, p) {
        return info.viewport.convertToViewportPoint(p[0], p[1]);
    }

    function pathData(info, points) {
        return points.map((p, i) => {
            const [x, y] = toScreen(info, p);
            return (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
        }).join(" ");
    }

    function drawNote(n) {
        const old = state.notes.get(n.id);
        if (old) {
            old.el.remove();
        }
        if (n.page == null || n.materialId !== state.materialId || n.version !== state.version) {
            state.notes.set(n.id, {data: n, el: document.createElementNS(SVG, "g")});
            return;
        }
        const info = state.pages[n.page - 1];
        if (!info) {
            return;
        }
        const scale = info.viewport.scale;
        let el;
        if (n.type === "INK" || n.type === "HIGHLIGHT") {
            el = document.createElementNS(SVG, "path");
            el.setAttribute("d", pathData(info, n.points));
            el.setAttribute("stroke", n.color);
            el.setAttribute("stroke-width", n.width * scale * (n.type === "HIGHLIGHT" ? 4 : 1));
            el.setAttribute("stroke-opacity", n.type === "HIGHLIGHT" ? 0.35 : 1);
            el.setAttribute("fill", "none");
            el.setAttribute("stroke-linecap", "round");
            el.setAttribute("stroke-linejoin", "round");
        } else {
            const [x, y] = toScreen(info, n.points[0]);
            el = document.createElementNS(SVG, "text");
            el.setAttribute("x", x);
            el.setAttribute("y", y);
            el.setAttribute("fill", n.color);
            el.setAttribute("font-size", 14 * scale);
            el.textContent = n.type === "STAMP" ? "【" + n.text + "】" : "✎ " + n.text;
        }
        el.classList.add("mv-note", n.layer === "SHARED" ? "shared" : "private");
        el.dataset.id = n.id;
        el.dataset.author = n.author;
        const title = document.createElementNS(SVG, "title");
        title.textContent = n.author + " " + new Date(n.createdAt).toLocaleString("ja-JP");
        el.append(title);
        info.svg.append(el);
        state.notes.set(n.id, {data: n, el});
        // the finished note replaces its author's stroke in progress
        for (const [key, live] of state.live) {
            if (key.startsWith(n.author + "/") && live.page === n.page) {
                live.el.remove();
                state.live.delete(key);
            }
        }
    }

    function eraseNote(id) {
        const note = state.notes.get(id);
        if (note) {
            note.el.remove();
            state.notes.delete(id);
        }
    }

    function attachPen(info) {
        let stroke = null;
        info.svg.addEventListener("pointerdown", e => {
            if (e.pointerType === "pen") {
                state.penSeen = true;
            }
            if (e.pointerType === "touch" && state.penSeen) {
                return; // palm rejection: once a pen was used, a touch scrolls instead of writing
            }
            const t = tool();
            const pdf = pointOf(info, e);
            if (t === "eraser") {
                const target = e.target.closest(".mv-note");
                if (target) {
                    send({t: "erase", ref: ref(), id: Number(target.dataset.id)});
                }
                return;
            }
            if (t === "laser") {
                send({t: "laser", page: info.n, x: pdf[0], y: pdf[1]});
                return;
            }
            if (t === "text" || t.startsWith("stamp:")) {
                const text = t === "text" ? prompt("メモ") : t.substring(6);
                if (text) {
                    annotate({page: info.n, layer: layer(), type: t === "text" ? "TEXT" : "STAMP", points: [pdf],
                        color: $("mv-color").value, width: 1, text});
                }
                return;
            }
            e.preventDefault();
            info.svg.setPointerCapture(e.pointerId);
            const el = document.createElementNS(SVG, "path");
            el.setAttribute("fill", "none");
            el.setAttribute("stroke", $("mv-color").value);
            const width = Number($("mv-width").value) * (e.pressure && e.pointerType === "pen" ? 0.5 + e.pressure : 1);
            el.setAttribute("stroke-width", width * info.viewport.scale * (t === "highlighter" ? 4 : 1));
            el.setAttribute("stroke-opacity", t === "highlighter" ? 0.35 : 1);
            el.setAttribute("stroke-linecap", "round");
            el.classList.add("mv-drawing");
            info.svg.append(el);
            stroke = {el, points: [pdf], sent: 0, sid: ref(), type: t === "highlighter" ? "HIGHLIGHT" : "INK", width,
                layer: layer(), timer: setInterval(() => flush(info, stroke), 50)};
            el.setAttribute("d", pathData(info, stroke.points));
        });
        info.svg.addEventListener("pointermove", e => {
            if (!stroke) {
                return;
            }
            stroke.points.push(pointOf(info, e));
            stroke.el.setAttribute("d", pathData(info, stroke.points));
        });
        const end = () => {
            if (!stroke) {
                return;
            }
            const s = stroke;
            stroke = null;
            clearInterval(s.timer);
            flush(info, s, true);
            const points = s.points.length === 1 ? [s.points[0], [s.points[0][0] + 0.5, s.points[0][1] + 0.5]] : s.points;
            annotate({page: info.n, layer: s.layer, type: s.type, points, color: $("mv-color").value,
                width: Math.round(s.width * 10) / 10}, s.el);
        };
        info.svg.addEventListener("pointerup", end);
        info.svg.addEventListener("pointercancel", end);
    }

    function pointOf(info, e) {
        const r = info.svg.getBoundingClientRect();
        const [x, y] = info.viewport.convertToPdfPoint(e.clientX - r.left, e.clientY - r.top);
        return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    }

    /** Sends the points added since the last flush, shared strokes only: a private stroke never leaves the device. */
    function flush(info, s, done) {
        if (s.layer !== "SHARED" || (s.sent >= s.points.length && !done)) {
            return;
        }
        send({t: "stroke", sid: s.sid, materialId: state.materialId, page: info.n, layer: "SHARED",
            points: s.points.slice(Math.max(0, s.sent - 1)), color: $("mv-color").value, width: s.width,
            type: s.type, done: !!done});
        s.sent = s.points.length;
    }

    function ref() {
        return me + "-" + Date.now().toString(36) + "-" + (++state.refCount);
    }

    function annotate(note, drawingEl) {
        const r = ref();
        state.refs.set(r, {note, el: drawingEl});
        if (!send({t: "annotate", ref: r, materialId: state.materialId, ...note})) {
            message("接続が切れています。再接続後にもう一度書いてください。");
            if (drawingEl) {
                drawingEl.remove();
            }
        }
    }

    function drawLive(m) {
        if (m.materialId !== state.materialId) {
            return;
        }
        const info = state.pages[m.page - 1];
        if (!info) {
            return;
        }
        const key = m.from + "/" + m.sid;
        let live = state.live.get(key);
        if (!live) {
            const el = document.createElementNS(SVG, "path");
            el.setAttribute("fill", "none");
            el.setAttribute("stroke", m.color);
            el.setAttribute("stroke-width", m.width * info.viewport.scale * (m.type === "HIGHLIGHT" ? 4 : 1));
            el.setAttribute("stroke-opacity", m.type === "HIGHLIGHT" ? 0.35 : 1);
            el.classList.add("mv-live-stroke");
            el.dataset.author = m.from;
            info.svg.append(el);
            live = {el, points: [], page: m.page};
            state.live.set(key, live);
        }
        live.points.push(...m.points);
        live.el.setAttribute("d", pathData(info, live.points));
    }

    function laser(m) {
        document.querySelectorAll(".mv-laser").forEach(l => l.remove());
        const info = state.pages[(m.page || 0) - 1];
        if (!info || m.x == null) {
            return;
        }
        const [x, y] = toScreen(info, [m.x, m.y]);
        const dot = document.createElementNS(SVG, "circle");
        dot.setAttribute("cx", x);
        dot.setAttribute("cy", y);
        dot.setAttribute("r", 8);
        dot.setAttribute("class", "mv-laser");
        info.svg.append(dot);
        setTimeout(() => dot.remove(), 3000);
    }

    // ---- follow the presenter ----

    function stepAway() {
        if (state.following && state.presenter !== me) {
            state.following = false;
            followButton();
        }
    }

    function followButton() {
        const b = $("mv-follow");
        b.setAttribute("aria-pressed", String(state.following));
        b.textContent = state.following ? b.dataset.on : b.dataset.off;
    }

    $("mv-follow").addEventListener("click", () => {
        state.following = !state.following;
        followButton();
        if (state.following && state.presenterPage) {
            followTo(state.presenterPage.materialId, state.presenterPage.page);
        }
    });

    async function followTo(materialId, page) {
        state.presenterPage = {materialId, page};
        if (!state.following || state.presenter === me || !materialId) {
            return;
        }
        if (materialId !== state.materialId) {
            $("mv-material").value = materialId;
            await openMaterial(materialId);
        }
        showPage(page);
    }

    // ---- the live channel ----

    function send(m) {
        if (state.socket && state.socket.readyState === WebSocket.OPEN) {
            state.socket.send(JSON.stringify(m));
            return true;
        }
        return false;
    }

    function connect() {
        const scheme = location.protocol === "https:" ? "wss://" : "ws://";
        const socket = new WebSocket(scheme + location.host + root.dataset.ws + meetingId + "?since=" + state.lastSeq);
        state.socket = socket;
        $("mv-live").dataset.state = "connecting";
        socket.onmessage = e => receive(JSON.parse(e.data));
        socket.onclose = e => {
            $("mv-live").dataset.state = "offline";
            $("mv-live").textContent = "再接続中…";
            if (e.code !== 1008) {
                setTimeout(connect, 1000);
            } else {
                message("この会議の出席者ではありません。");
            }
        };
    }

    function receive(m) {
        if (m.seq && m.seq > state.lastSeq) {
            state.lastSeq = m.seq;
        }
        switch (m.t) {
            case "hello":
                $("mv-live").dataset.state = "live";
                $("mv-live").textContent = "接続中";
                state.presenter = m.presenter;
                state.locked = m.locked;
                $("mv-presenter").textContent = m.presenterName || m.presenter;
                lockButton();
                followTo(m.materialId, m.page);
                break;
            case "annotation":
                drawNote(m);
                break;
            case "ack": {
                const pending = state.refs.get(m.ref);
                state.refs.delete(m.ref);
                if (pending) {
                    if (pending.el) {
                        pending.el.remove();
                    }
                    if (!pending.undone) {
                        state.undo.push({id: m.id, note: pending.note});
                    }
                }
                break;
            }
            case "erased":
                eraseNote(m.id);
                break;
            case "error": {
                const pending = state.refs.get(m.ref);
                if (pending && pending.el) {
                    pending.el.remove();
                }
                state.refs.delete(m.ref);
                message(m.detail);
                break;
            }
            case "stroke":
                drawLive(m);
                break;
            case "page":
                followTo(m.materialId, m.page);
                break;
            case "presenter":
                state.presenter = m.login;
                $("mv-presenter").textContent = m.name || m.login;
                if (m.login === me) {
                    send({t: "page", materialId: state.materialId, page: state.currentPage});
                }
                break;
            case "lock":
                state.locked = m.locked;
                lockButton();
                break;
            case "laser":
                laser(m);
                break;
            case "revision":
                loadMeeting();
                break;
        }
    }

    function lockButton() {
        const b = $("mv-lock");
        b.textContent = state.locked ? b.dataset.on : b.dataset.off;
        b.setAttribute("aria-pressed", String(state.locked));
        const shared = document.querySelector("input[name=mv-layer][value=SHARED]");
        shared.disabled = state.locked && state.meeting && state.meeting.organiser !== me;
        if (shared.disabled && shared.checked) {
            document.querySelector("input[name=mv-layer][value=PRIVATE]").checked = true;
        }
    }

    $("mv-lock").addEventListener("click", () => send({t: "lock", locked: !state.locked}));
    $("mv-undo").addEventListener("click", () => {
        const last = state.undo.pop();
        if (last) {
            state.redo.push(last);
            send({t: "erase", ref: ref(), id: last.id});
        }
    });
    $("mv-redo").addEventListener("click", () => {
        const again = state.redo.pop();
        if (again) {
            annotate(again.note);
        }
    });
    $("mv-zoom-in").addEventListener("click", () => {
        state.zoom = Math.min(3, state.zoom * 1.25);
        render().then(() => showPage(state.currentPage));
    });
    $("mv-zoom-out").addEventListener("click", () => {
        state.zoom = Math.max(0.4, state.zoom / 1.25);
        render().then(() => showPage(state.currentPage));
    });
    $("mv-material").addEventListener("change", e => openMaterial(Number(e.target.value)));
    $("mv-search").addEventListener("change", e => search(e.target.value.trim()));
    $("mv-pages").addEventListener("wheel", () => stepAway(), {passive: true});

    await loadMeeting();
    connect();
    root.dataset.ready = "true";
})().catch(error => {
    const box = document.getElementById("mv-message") || document.getElementById("meeting-none");
    if (box) {
        box.hidden = false;
        box.textContent = "読み込めませんでした: " + error.message;
    }
    throw error;
});
