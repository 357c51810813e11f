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
     * The message is "<meeting id> <token of the page that made the change> <time of the change, ms>". The page
     * that made it has already updated. Any other page re-reads unless it read the meeting after that time; at
     * most one re-read is in flight, and after each one the page checks again, so a change that lands while it
     * is reading (or just before the read saw it) is never left unshown.
     */
    var reading = false;
    var latestChange = 0;

    function field(id) {
        var element = document.getElementById(id);
        return element ? element.value : null;
    }

    function reread() {
        if (typeof window.refreshLive !== "function") {
            return;
        }
        reading = true;
        window.refreshLive();
    }

    function rereadIfBehind() {
        if (!reading && latestChange > Number(field("liveReadAt") || 0)) {
            reread();
        }
    }

    window.LearningSets.liveChanged = function (message) {
        var parts = String(message).split(" ");
        if (field("liveMeetingId") !== parts[0] || field("liveViewToken") === parts[1]) {
            return;
        }
        latestChange = Math.max(latestChange, Number(parts[2]) || Date.now());
        rereadIfBehind();
    };

    window.LearningSets.liveRead = function () {
        reading = false;
        rereadIfBehind();
    };

    /* After a dropped connection comes back, messages sent meanwhile are gone: read the meeting again. */
    var opened = false;
    window.LearningSets.liveReconnected = function () {
        if (opened && !reading) {
            reread();
        }
        opened = true;
    };

    setInterval(tick, 1000);
    document.addEventListener("DOMContentLoaded", tick);
}());
