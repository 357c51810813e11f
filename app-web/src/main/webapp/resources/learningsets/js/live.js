/*
 * Live meeting page. The timer counts down locally from the seconds the server gave when it rendered the
 * round, so every screen shows the same time without asking the server each second; a re-render (after any
 * change, or a reload) starts again from the server's figure. The websocket only says "this meeting changed".
 */
(function () {
    "use strict";

    function format(seconds) {
        var s = Math.abs(seconds);
        var text = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
        return seconds < 0 ? text + " over time" : text + " left";
    }

    function tick() {
        document.querySelectorAll("[data-seconds-left]").forEach(function (timer) {
            if (!timer.dataset.seenAt) {
                timer.dataset.seenAt = String(Date.now());
            }
            var left = Number(timer.dataset.secondsLeft);
            if (timer.dataset.paused !== "true") {
                left -= Math.floor((Date.now() - Number(timer.dataset.seenAt)) / 1000);
            }
            timer.textContent = format(left);
            timer.classList.toggle("app-timer-over", left < 0);
        });
    }

    window.LearningSets = window.LearningSets || {};
    /*
     * The message is "<meeting id> <token of the page that made the change>": that page has already updated.
     * At most one re-read is in flight; changes arriving meanwhile are folded into one more re-read after it.
     */
    var reading = false;
    var changedMeanwhile = false;

    function reread() {
        reading = true;
        changedMeanwhile = false;
        window.refreshLive();
    }

    window.LearningSets.liveChanged = function (message) {
        var parts = String(message).split(" ");
        var meeting = document.getElementById("liveMeetingId");
        var token = document.getElementById("liveViewToken");
        if (!meeting || meeting.value !== parts[0] || (token && token.value === parts[1])
                || typeof window.refreshLive !== "function") {
            return;
        }
        if (reading) {
            changedMeanwhile = true;
        } else {
            reread();
        }
    };

    window.LearningSets.liveRead = function () {
        reading = false;
        if (changedMeanwhile) {
            reread();
        }
    };
    setInterval(tick, 1000);
    document.addEventListener("DOMContentLoaded", tick);
}());
