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
     * The message is "<meeting id> <token of the page that made the change> <revision of the change> <revision of
     * the meeting's last change to more than the running round's step and timer>". The page that made it has already
     * updated. Any other page re-reads unless it has read that revision; at most one re-read is in flight, and after
     * each one the page checks again, so a change that lands while it is reading (or just before the read saw it) is
     * never left unshown.
     *
     * A re-read is the whole page (the refreshLive remote command), except on a screen without controls in a round
     * after changes within it only (a timer click, the next step): that screen reads the running step's figures
     * (/meetings/live-timer) and draws them, and reads the whole page after all if the meeting changed otherwise or
     * the step gives it something to do (the issue holder captures actions).
     */
    var reading = false;
    var latestChange = 0;
    var latestContentChange = 0;

    function field(id) {
        var element = document.getElementById(id);
        return element ? element.value : null;
    }

    function readAt() {
        return Number(field("liveReadAt") || 0);
    }

    function rereadPage() {
        if (typeof window.refreshLive !== "function") {
            reading = false;
            return;
        }
        reading = true;
        window.refreshLive();
    }

    /* The running round's section, if this screen follows its timer alone (no controls, nothing to capture). */
    function roundFollowingTimer() {
        var round = document.getElementById("round");
        return round && round.dataset.followsTimer === "true" ? round : null;
    }

    function toggle(id, shown) {
        var element = document.getElementById(id);
        if (element) {
            element.classList.toggle("app-hidden", !shown);
        }
    }

    /* A step within the same round: its name, its minutes, and the boxes it shows (see live.xhtml). */
    function showStep(round, figures) {
        if (round.dataset.step !== figures.step) {
            document.getElementById("step").textContent = figures.stepLabel;
            document.getElementById("stepMinutes").textContent = String(figures.stepMinutes);
            toggle("goldenRules", figures.goldenRules);
            var actions = document.getElementById("roundActions");
            toggle("roundActions", figures.showsActions || (actions && actions.dataset.hasActions === "true"));
            round.dataset.step = figures.step;
        }
    }

    function showTimer(figures) {
        var timer = document.getElementById("timer");
        timer.dataset.secondsLeft = String(figures.secondsLeft);
        timer.dataset.paused = String(figures.paused);
        delete timer.dataset.seenAt;
        toggle("pausedNotice", figures.paused);
        tick();
    }

    function rereadTimer(round, url) {
        reading = true;
        fetch(url, {credentials: "same-origin", cache: "no-store", headers: {"Accept": "application/json"}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (figures) {
                if (figures && figures.contentRevision <= readAt() && figures.roundId === round.dataset.round
                        && !figures.canCapture && document.getElementById("round") === round) {
                    showStep(round, figures);
                    showTimer(figures);
                    document.getElementById("liveReadAt").value = String(Math.max(readAt(), figures.revision));
                    window.LearningSets.liveRead();
                } else {
                    rereadPage();
                }
            }, rereadPage);
    }

    function reread() {
        var round = roundFollowingTimer();
        var url = field("liveTimerUrl");
        if (round && url && latestContentChange <= readAt() && typeof window.fetch === "function") {
            rereadTimer(round, url);
        } else {
            rereadPage();
        }
    }

    /* Messages may have been missed (the socket dropped): the next chance reads the whole page. */
    var missed = false;

    function rereadIfBehind() {
        if (reading) {
            return;
        }
        if (missed) {
            missed = false;
            rereadPage();
        } else if (latestChange > readAt()) {
            reread();
        }
    }

    window.LearningSets.liveChanged = function (message) {
        var parts = String(message).split(" ");
        if (field("liveMeetingId") !== parts[0] || field("liveViewToken") === parts[1]) {
            return;
        }
        latestChange = Math.max(latestChange, Number(parts[2]) || Date.now());
        // Without the fourth part (or with a bad one) the change may be anything: the whole page is read.
        latestContentChange = Math.max(latestContentChange, Number(parts[3]) || latestChange);
        rereadIfBehind();
    };

    window.LearningSets.liveRead = function () {
        reading = false;
        rereadIfBehind();
    };

    /*
     * When the connection drops (a node stopped, the network), the socket tries again at once, then 0.5 s, 1 s ...
     * later, and says nothing when a retry connects; messages sent while it was away are gone. So once a retry has
     * had time to connect and the server answers, the page reads the meeting again (on a node that took the session
     * over, the whole page). If a socket that was open gives up for good (the node it reached does not know its
     * channel, the session has ended, or 25 retries failed), the page loads itself again once the server answers: a
     * new socket, or the sign-in page. One that never opened (a proxy that does not pass websockets) is not retried
     * by loading the page, which would load it for ever. While someone is typing on the page it waits until they
     * have sent or cleared what they typed.
     */
    var droppedAt = 0;
    var drops = 0;
    var opened = false;
    var closed = false;
    window.LearningSets.liveOpened = function () {
        opened = true;
    };

    window.LearningSets.liveDropped = function () {
        droppedAt = Date.now();
        drops += 1;
    };

    window.LearningSets.liveClosed = function () {
        if (opened) {
            droppedAt = Date.now();
            closed = true;
        }
    };

    function typing() {
        var active = document.activeElement;
        if (active && (active.tagName === "TEXTAREA" || (active.tagName === "INPUT" && active.type !== "hidden"))) {
            return true;
        }
        return Array.prototype.some.call(document.querySelectorAll("#live textarea, #live input"), function (input) {
            return input.type !== "hidden" && input.value !== input.defaultValue;
        });
    }

    function catchUp() {
        droppedAt = 0;
        drops = 0;
        if (closed) {
            window.location.reload();
        } else {
            missed = true;
            rereadIfBehind();
        }
    }

    /* Only once the server answers (the step's figures, a small read), so a screen never turns into the browser's
       "cannot be reached" page while the server is away; it asks again each second until then. */
    var checking = false;

    function catchUpAfterDrop() {
        if (droppedAt && !checking && !typing() && Date.now() - droppedAt > 500 * drops + 1000) {
            if (typeof window.fetch !== "function") {
                catchUp();
                return;
            }
            // A drop noted while the server is being asked is caught up after its own wait; a server that does not
            // answer within 5 s is asked again.
            var since = droppedAt;
            var options = {credentials: "same-origin", cache: "no-store"};
            if (typeof AbortController === "function") {
                var controller = new AbortController();
                options.signal = controller.signal;
                setTimeout(function () {
                    controller.abort();
                }, 5000);
            }
            checking = true;
            fetch(field("liveTimerUrl"), options).then(function (response) {
                checking = false;
                if (response.status < 500 && droppedAt === since) {
                    catchUp();
                }
            }, function () {
                checking = false;
            });
        }
    }

    setInterval(function () {
        tick();
        catchUpAfterDrop();
    }, 1000);
    document.addEventListener("DOMContentLoaded", tick);
}());
