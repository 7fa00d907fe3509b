// TheAdmin: menu toggle, confirmation dialog, flash messages, two-key shortcuts. No dependencies.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    // Menu on narrow screens.
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("admin-menu");
    if (toggle && menu) {
      toggle.addEventListener("click", function () {
        var open = menu.classList.toggle("open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }

    // Flash messages: dismiss, copy secrets.
    document.addEventListener("click", function (e) {
      var dismiss = e.target.closest("[data-dismiss]");
      if (dismiss) dismiss.parentElement.remove();
      var copy = e.target.closest("[data-copy]");
      if (copy && navigator.clipboard) navigator.clipboard.writeText(copy.getAttribute("data-copy"));
    });

    // Selects that submit their form when changed (page size).
    document.querySelectorAll("[data-autosubmit]").forEach(function (el) {
      el.addEventListener("change", function () { el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit(); });
    });

    // Destructive actions ask first: <button data-confirm="Delete this user?">.
    var dialog = document.getElementById("confirm-dialog");
    document.addEventListener("click", function (e) {
      var button = e.target.closest("[data-confirm]");
      if (!button || button.dataset.confirmed === "true") return;
      e.preventDefault();
      var message = button.getAttribute("data-confirm");
      if (!dialog || typeof dialog.showModal !== "function") {
        if (window.confirm(message)) submit(button);
        return;
      }
      dialog.querySelector("[data-confirm-message]").textContent = message;
      dialog.returnValue = "";
      dialog.onclose = function () {
        if (dialog.returnValue === "ok") submit(button);
      };
      dialog.showModal();
    });

    function submit(button) {
      button.dataset.confirmed = "true";
      button.click();
      button.dataset.confirmed = "";
    }

    // Forms that must not be sent twice (a double click on "Create").
    document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (form.dataset.submitted === "true") { e.preventDefault(); return; }
        form.dataset.submitted = "true";
      });
    });

    // Two-key shortcuts from data-shortcut="c n" on links; "?" lists them.
    var shortcuts = {};
    document.querySelectorAll("[data-shortcut]").forEach(function (el) {
      var keys = el.getAttribute("data-shortcut");
      if (keys) shortcuts[keys.trim().toLowerCase()] = el;
    });
    var list = document.querySelector("[data-shortcut-list]");
    if (list) {
      Object.keys(shortcuts).forEach(function (keys) {
        var dt = document.createElement("dt");
        keys.split(" ").forEach(function (k) {
          var kbd = document.createElement("kbd"); kbd.textContent = k; dt.appendChild(kbd); dt.appendChild(document.createTextNode(" "));
        });
        var dd = document.createElement("dd");
        dd.textContent = shortcuts[keys].textContent.trim();
        list.appendChild(dt); list.appendChild(dd);
      });
    }

    var pending = null, pendingTimer = 0;
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      var key = e.key.toLowerCase();
      if (key === "?") {
        var help = document.getElementById("shortcuts-dialog");
        if (help && help.showModal) { help.showModal(); e.preventDefault(); }
        return;
      }
      if (pending) {
        var target = shortcuts[pending + " " + key];
        pending = null; clearTimeout(pendingTimer);
        if (target) { e.preventDefault(); target.click(); }
        return;
      }
      var starts = Object.keys(shortcuts).some(function (k) { return k.split(" ")[0] === key; });
      if (starts) {
        pending = key;
        pendingTimer = setTimeout(function () { pending = null; }, 1500);
      }
    });
  });
})();
