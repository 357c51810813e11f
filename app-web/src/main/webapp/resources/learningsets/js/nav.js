/*
 * The header's menu. Where the menu fits on one line beside nothing else it stays open; where it would wrap (a
 * phone, the largest text, a role with many pages) it folds behind the Menu button, a disclosure button with
 * aria-expanded. Escape closes an open menu and returns the focus to the button. Measured again on resize.
 */
(function () {
    "use strict";

    var header = document.getElementById("appHeader");
    var button = document.getElementById("menuButton");
    var menu = document.getElementById("appMenu");
    if (!header || !button || !menu) {
        return;
    }

    /** True when an element of the row starts below the first one ends: the row takes more than one line. */
    function rowWraps(elements) {
        if (elements.length < 2) {
            return false;
        }
        var first = elements[0].getBoundingClientRect();
        for (var i = 1; i < elements.length; i++) {
            if (elements[i].getBoundingClientRect().top >= first.bottom - 1) {
                return true;
            }
        }
        return false;
    }

    /** The two rows: brand and account links; the main menu. Either wrapping, or anything too wide, folds it. */
    function wraps() {
        var accountRow = [header.querySelector(".app-brand")].concat(
                Array.prototype.slice.call(menu.querySelectorAll(".app-account li, .app-user, .app-signout .ui-button")));
        var mainRow = Array.prototype.slice.call(menu.querySelectorAll(".app-nav:not(.app-nav-account) li"));
        return rowWraps(accountRow) || rowWraps(mainRow) || header.scrollWidth > header.clientWidth;
    }

    function fit() {
        var open = button.getAttribute("aria-expanded") === "true";
        header.classList.remove("app-header-folded");
        if (wraps()) {
            header.classList.add("app-header-folded");
        } else {
            open = false;
        }
        button.setAttribute("aria-expanded", String(open));
    }

    button.addEventListener("click", function () {
        button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
    });
    header.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            button.setAttribute("aria-expanded", "false");
            button.focus();
        }
    });
    var pending;
    window.addEventListener("resize", function () {
        window.clearTimeout(pending);
        pending = window.setTimeout(fit, 100);
    });
    fit();
}());
