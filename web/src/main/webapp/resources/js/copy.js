/*
 * Copy buttons: <button type="button" class="copy-button" data-copy="ELEMENT-ID" data-done="TEXT">. A click copies
 * the element's text (a URL, a checksum) to the clipboard and says so on the button for a moment.
 */
(function () {
    "use strict";
    function copied(button) {
        var label = button.textContent;
        button.textContent = button.dataset.done;
        setTimeout(function () { button.textContent = label; }, 2000);
    }
    function fallback(text) {
        var area = document.createElement("textarea");
        area.value = text;
        document.body.appendChild(area);
        area.select();
        document.execCommand("copy");
        document.body.removeChild(area);
    }
    document.addEventListener("click", function (e) {
        var button = e.target.closest ? e.target.closest(".copy-button") : null;
        if (!button) {
            return;
        }
        var text = document.getElementById(button.dataset.copy).textContent.trim();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () { copied(button); }, function () { fallback(text); copied(button); });
        } else {
            fallback(text);
            copied(button);
        }
    });
}());
